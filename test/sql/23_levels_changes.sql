-- A level and a change (issue 10; doc/arithmetic.md "Levels and changes").
\set VERBOSITY default
-- + and - refuse to mix them, and say what to use
SELECT '5%'::indicator + '增长6%';
SELECT '27701元'::indicator - '增加1000元';
-- apply_change is the one place where they meet
SELECT apply_change('5%', '增长6%') AS pct, apply_change('5%', '提高6个百分点') AS pp,
       apply_change('100万辆', '增加240万辆') AS abs;
-- judging: a level against a change target, and the reverse, are errors
SELECT meets('5.9%', '增长5.5%左右');
SELECT meets('增长5.9%', '5.5%左右');
SELECT meets('增长5.9%', '增长5.5%左右') AS change_vs_change, meets('5.4%', '5.5%左右') AS level_vs_level;
SELECT completion('5.9%', '增长5.5%左右');
-- order: every level of a dimension before every change of it
SELECT '同比增长6%'::indicator > '5%' AS chg_gt_level, '同比增长1%'::indicator > '5%' AS small_chg_gt_level,
       '同比下降50%'::indicator > '99%' AS decline_gt_level, '5%'::indicator = '增长5%' AS equal;
SELECT x FROM unnest(ARRAY['增长6%', '5%', '下降3%', '7%', '持平', '1倍']::indicator[]) x ORDER BY x;
-- misleading messages of 0.1.0, now to the point
SELECT '三成左右'::indicator;
SELECT '力争'::target;
SELECT '3元'::indicator * '4元';
\set VERBOSITY terse
