-- pgTAP: issue 10 -- published phrasings, short-form numerals, levels and changes:
-- properties and the SQLSTATE of every new error path.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(51);

-- the hint of an error, for the checks that the hint says what to do instead
CREATE FUNCTION pg_temp.hint_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE h text;
BEGIN
  EXECUTE q;
  RETURN NULL;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
  RETURN h;
END $$;

-- short forms of numerals: the right number, or 22P02, never another number
SELECT is('三千五万'::indicator::numeric, 35000000::numeric, '三千五万 is 3500万');
SELECT is('3千5万'::indicator::numeric, 35000000::numeric, '3千5万 is 3500万');
SELECT is('一百二万'::indicator::numeric, 1200000::numeric, '一百二万 is 120万');
SELECT is('一万二千万'::indicator::numeric, 120000000::numeric, '一万二千万 is 1.2亿');
SELECT is('一万二千万'::indicator::text, '1.2亿', 'and prints as 1.2亿');
SELECT throws_ok($$SELECT '一亿五万'::indicator$$, '22P02', NULL, 'a lone digit between multipliers is ambiguous: 22P02');
SELECT throws_ok($$SELECT '一亿二千万三千万'::indicator$$, '22P02', NULL, 'a repeated 万 after 亿 is 22P02');
SELECT throws_ok($$SELECT '一千23'::indicator$$, '22P02', NULL, 'several digits after a position is 22P02');
SELECT throws_ok($$SELECT '上千亿元'::indicator$$, '22P02', NULL, 'a vague magnitude is 22P02');
SELECT throws_like($$SELECT '数十亿元'::indicator$$, '%invalid input syntax%', 'and an input syntax error');
SELECT is(try_indicator('几百万人'), NULL, 'try_indicator gives NULL for a vague magnitude');

-- every published form re-reads equal and prints the same again
CREATE TEMP TABLE forms (s text);
INSERT INTO forms VALUES ('比上年末增长3%'), ('较2020年增长10%'), ('比7月份下降0.9个百分点'),
  ('比去年同月上升0.5%'), ('与上年相比增加240万辆'), ('与上年持平'), ('降幅比上半年收窄6.1個百分點'),
  ('增速比上月加快1.0个百分点'), ('两年平均增长5.4%'), ('占比30.4%'), ('约合20533美元'),
  ('196130亿吨公里'), ('5371万标箱'), ('下降0.75个千分点'), ('七成以上'), ('18.3/10万'),
  ('32 451亿元'), ('增長8.1%'), ('12兆1,805億元'), ('百分之卅六點八四'), ('比1-8月提高2.9个百分点'),
  ('较上月漲1.31%'), ('与上年基本持平'), ('3.5万t');
SELECT is((SELECT count(*) FROM forms WHERE s::indicator::text::indicator <> s::indicator), 0::bigint,
          'every published form re-reads equal');
SELECT is((SELECT count(*) FROM forms WHERE s::indicator::text::indicator::text <> s::indicator::text), 0::bigint,
          'and its canonical text is a fixed point');
SELECT is((SELECT count(*) FROM forms WHERE hashtext(s::indicator::text) IS NULL), 0::bigint, 'all parse');
SELECT is('降幅收窄1.3个百分点'::indicator::numeric, 1.3::numeric, '降幅收窄 is a rise of the rate');
SELECT is('比上年增产594万吨'::indicator::numeric, 5940000::numeric, '增产 is up');
SELECT is('收窄0.5个百分点'::indicator::numeric, -0.5::numeric, '收窄 alone is down');
SELECT ok('比7月份下降0.1个百分点'::indicator <> '比8月份下降0.1个百分点', 'named months differ');
SELECT ok('较2020年增长10%'::indicator = '与2020年相比增长10%', '较 and 与…相比 read as 比');
SELECT throws_ok($$SELECT '与上年增长5%'::indicator$$, '22P02', NULL, '与X without 相比 before a verb is 22P02');
SELECT throws_ok($$SELECT '降幅提高3%'::indicator$$, '22P02', NULL, 'a rate noun with a verb that does not fit is 22P02');
SELECT throws_ok($$SELECT '录得5%'::indicator$$, '22P02', NULL, '录得 without a change named after the figure is 22P02');
-- stop 30: 贡献率 (a contribution rate) is a level in a rate
SELECT throws_ok($$SELECT '贡献率为5亿元'::indicator$$, '22P02', NULL, '贡献率 before an amount is 22P02');
SELECT is('貢獻率達57.5%'::indicator, '57.5%'::indicator, '貢獻率達57.5% is the level 57.5%');
-- stop 30: 拉动/下拉 (a pull on a whole's growth) in percentage points
SELECT throws_ok($$SELECT '拉动消费126亿元'::indicator$$, '22P02', NULL, '拉动 with an amount is 22P02');
SELECT is('下拉全市工业0.5个百分点'::indicator::text, '下拉0.5个百分点', '下拉全市工业0.5个百分点 is a drag of 0.5 points, the whole not kept');
SELECT throws_ok($$SELECT '占比增长3%'::indicator$$, '22P02', NULL, 'a share with a change in % (not points) is 22P02');

-- levels and changes
SELECT throws_ok($$SELECT '5%'::indicator + '增长6%'$$, '22023', NULL, 'a level plus a change is 22023');
SELECT throws_ok($$SELECT '增加1000元'::indicator - '27701元'$$, '22023', NULL, 'a change minus a level is 22023');
SELECT alike(pg_temp.hint_of($$SELECT '5%'::indicator + '增长6%'$$), '%apply_change%', 'the hint names apply_change');
SELECT is(apply_change('5%', '提高6个百分点')::text, '11%', 'apply_change still applies a change to a level');
SELECT ok('同比增长6%'::indicator > '5%' AND '同比增长1%'::indicator > '5%', 'a change sorts after every level, whatever its value');
SELECT ok('5%'::indicator <> '增长5%', 'a level is never equal to a change');
SELECT throws_ok($$SELECT meets('5.9%', '增长5.5%左右')$$, '22023', NULL, 'a level judged against a change target is 22023');
SELECT throws_ok($$SELECT meets('增长5.9%', '5.5%左右')$$, '22023', NULL, 'a change judged against a level target is 22023');
SELECT throws_ok($$SELECT completion('5.9%', '增长5.5%左右')$$, '22023', NULL, 'completion likewise');
SELECT ok(meets('增长5.9%', '增长5.5%左右'), 'a change meets a change target');

-- stop 36: 累计 before a rate, a rate's name before another unit
SELECT throws_ok($$SELECT '累计3%'::indicator$$, '22P02', NULL, '累计 before a rate is 22P02');
-- stop 39: 加快/放缓 change a rate; a count after them is a task (加快30个在建项目)
SELECT throws_ok($$SELECT '加快30个'::indicator$$, '22P02', NULL, '加快 with a count is 22P02');
SELECT throws_ok($$SELECT '放慢3万元'::indicator$$, '22P02', NULL, '放慢 with a count is 22P02 too (stop 40: its negation is 加快)');
SELECT is('增速比上月加快1.0个百分点'::indicator::text, '比上月加快1.0个百分点', '加快 with points reads');
SELECT throws_ok($$SELECT '失业率为3万人'::indicator$$, '22P02', NULL, 'a rate''s name before a count is 22P02');
SELECT is('累計7,248.82億元'::indicator::text, '7248.82亿元', '累计 before an amount reads');

-- stop 40: 百分之 before a share's digits, a smaller unit's count after a unit, ≥ and ≤ in words
SELECT is(unit('约占百分之29'::indicator), '%', '约占百分之29 keeps its percent (it had no unit)');
SELECT is('约1小时21分钟'::indicator::text, '约81分钟', 'an hour and minutes read as minutes');
SELECT is(indicator_value('3年6个月', '年'), 3.5, '3年6个月 converts to 3.5 years');
SELECT throws_ok($$SELECT '1小时60分钟'::indicator$$, '22P02', NULL, 'as many minutes as make an hour is 22P02');
SELECT ok(meets('400万', '大于等于400万'::target), '大于等于 is ≥: the bound itself meets it');
SELECT is((SELECT string_agg(text, ';') FROM indicator_extract('邮电业务总量74791万元,比上年增长5.2,其中邮政业务总量3367万元,增长48。')),
          '74791万元;比上年增长5.2;3367万元;增长48', 'rates printed without % are read when the text does so twice');

-- messages that misled
SELECT throws_like($$SELECT '力争'::target$$, '%invalid input syntax%', '力争 alone is a syntax error');
SELECT alike(pg_temp.hint_of($$SELECT '3元'::indicator * '4元'$$), '%not a unit%', 'the 元×元 hint says a product of units is not a unit');

SELECT * FROM finish();
ROLLBACK;
