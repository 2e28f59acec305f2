-- The target type: every form, its output, meets() just inside, on and just outside the bound.
SELECT t AS input, t::target AS output, comparator(t::target), target_value(t::target),
       target_upper(t::target), stretch(t::target), target_range(t::target)
FROM unnest(ARRAY['565个', '达到565个', '6%以上', '不低于6%', '至少6%', '突破6%', '超过6%',
  '3%以内', '控制在3%以内', '不超过3%', '不高于3%', '3%以下', '低于3%', '不到3%', '5%左右', '约5%',
  '5%-6%', '5%至6%', '5%~6%', '5到6个百分点', '1.5万-2万元', '增长6%左右', '下降3%以上',
  '降低2.5%左右', '增长5%-6%', '力争6.5%', '5%左右，力争6%', '增长5.5%左右，力争6%',
  '控制在5.5%以内', '计划总投资1.4万亿元 ']) WITH ORDINALITY AS x(t, i)
WHERE t NOT LIKE '计划%' ORDER BY i;

-- meets: true inside, false outside, on the bound by the Civil Code rule (art. 1259).
SELECT t AS target, a AS actual, meets(a::indicator, t::target) AS meets
FROM (VALUES
  ('565个', '564个'), ('565个', '565个'), ('565个', '566个'),
  ('6%以上', '5.9%'), ('6%以上', '6%'), ('6%以上', '6.1%'),
  ('超过6%', '5.9%'), ('超过6%', '6%'), ('超过6%', '6.1%'),
  ('3%以内', '2.9%'), ('3%以内', '3%'), ('3%以内', '3.1%'),
  ('控制在3%以内', '3%'), ('不超过3%', '3.01%'),
  ('低于3%', '2.9%'), ('低于3%', '3%'), ('低于3%', '3.1%'),
  ('5%左右', '4.4%'), ('5%左右', '4.5%'), ('5%左右', '5.5%'), ('5%左右', '5.6%'),
  ('5%-6%', '4.9%'), ('5%-6%', '5%'), ('5%-6%', '6%'), ('5%-6%', '6.1%'),
  ('5到6个百分点', '5.5个百分点'), ('5到6个百分点', '6.5个百分点'),
  -- declines: the comparator applies to the size of the decline
  ('下降3%以上', '下降2.9%'), ('下降3%以上', '下降3%'), ('下降3%以上', '下降3.1%'), ('下降3%以上', '增长1%'),
  ('降低2.5%左右', '下降2.2%'), ('降低2.5%左右', '下降2.6%'), ('降低2.5%左右', '下降2.8%'),
  ('增长5.5%左右，力争6%', '增长5.2%'), ('增长5.5%左右，力争6%', '增长4.9%'),
  -- undecidable: the actual's own qualifier straddles the bound (NULL)
  ('3.5万亩', '3万多亩'), ('3万亩', '3万多亩'), ('5万亩', '3万多亩'),
  ('6%以上', '超过6%'), ('超过6%', '6%以上'), ('6%以上', '近6%'), ('3%以内', '不到3%'),
  ('5%左右', '约5%'), ('6%以上', '约5%')
) v(t, a);
SET indicator.approx_tolerance = '0.05';
SELECT meets('5.4%', '5%左右') AS tolerance_5_percent, meets('5.2%', '5%左右') AS inside;
RESET indicator.approx_tolerance;

-- completion, gap, status.
SELECT t AS target, a AS actual, completion(a::indicator, t::target) AS completion,
       gap(a::indicator, t::target) AS gap, target_status(a::indicator, t::target) AS status
FROM (VALUES ('565个', '600个'), ('565个', '565个'), ('565个', '500个'), ('1.4万亿元', '1.2万亿元'),
             ('3%以内', '2.5%'), ('3%以内', '3.3%'), ('下降3%以上', '下降3.3%'), ('下降3%以上', '下降2%'),
             ('增长5.5%左右，力争6%', '增长5.2%'), ('增长6%', '增长6.5%'), ('5%-6%', '6.4%'),
             ('5%-6%', '5.5%'), ('3.5万亩', '3万多亩')) v(t, a);
SELECT completion('600个', '565个', 3) AS three_digits;

-- schedule: 时间过半、任务过半.
SELECT schedule_status('250个', '565个', 0.5) AS behind, schedule_status('290个', '565个', 0.5) AS on_track,
       schedule_status('400个', '565个', 0.5) AS ahead,
       schedule_status('700亿元', '1.4万亿元', daterange('2023-01-01', '2024-01-01'), '2023-07-01') AS by_date,
       schedule_status('1000吨标准煤', '控制在1500吨标准煤以内', 0.5) AS cap_over_budget,
       schedule_status('700吨标准煤', '控制在1500吨标准煤以内', 0.5) AS cap_ok,
       -- rates do not accumulate: judged as they stand
       schedule_status('增长5.6%', '增长5.5%左右', 0.5) AS rate_ok, schedule_status('5.8%', '控制在5.5%以内', 0.5) AS rate_over;

-- A planning office's table: which targets are met, overall completion, who is behind at mid-year.
CREATE TABLE plan (item text PRIMARY KEY, target target, actual indicator, midyear indicator);
INSERT INTO plan VALUES
  ('地区生产总值增速', '增长5.5%左右，力争6%', '增长5.9%', '增长5.6%'),
  ('一般公共预算收入', '1300亿元', '1345亿元', '610亿元'),
  ('固定资产投资', '3000亿元以上', '2950亿元', '1600亿元'),
  ('城镇调查失业率', '控制在5.5%以内', '5.1%', '5.3%'),
  ('单位GDP能耗', '下降3%以上', '下降3.2%', '下降1.2%'),
  ('新增城镇就业', '30万人', '36.4万人', '17万人');
SELECT item, target, actual, meets(actual, target), completion(actual, target), gap(actual, target),
       target_status(actual, target) FROM plan ORDER BY item;
SELECT item, target, midyear, schedule_status(midyear, target, 0.5) AS at_midyear FROM plan ORDER BY item;
SELECT completion_agg(actual, target) AS overall FROM plan WHERE unit(actual) = '元';
-- Equality, order, hash and btree.
SELECT '5%-6%'::target = '5%至6%' AS separators_are_spelling, '6%以上'::target = '不低于6%' AS same_comparator,
       '6%以上'::target = '超过6%' AS ge_vs_gt, '565个'::target = '达到565个' AS reach_words;
SELECT target, count(*) FROM (VALUES ('5%-6%'::target), ('5%至6%'), ('6%以上'), ('不低于6%'), ('超过6%')) v(target)
GROUP BY target ORDER BY target;
CREATE INDEX plan_target ON plan (target);
DROP TABLE plan;
-- Errors name what is wrong (SQLSTATEs: test/30_target.sql).
SELECT meets('5亩', '5%以上');
SELECT '近5%'::target;
SELECT '控制在5%'::target;
SELECT '5%-6亩'::target;
