-- Phrasings of real published texts (issue 10; doc/indicator.md "Published phrasings"):
-- each reads as the figure a statistician would read, and its canonical text re-reads equal.
CREATE TEMP TABLE pub (ord serial, src text);
INSERT INTO pub (src) VALUES
  -- bases naming a period
  ('比上年末增长3%'), ('较上年末提高0.7个百分点'), ('较2020年增长10%'), ('比7月份下降0.9个百分点'),
  ('比7月下降0.2个百分点'), ('比去年同月上升0.5%'), ('较上年同月上涨0.83%'), ('比上一年减少3%'),
  ('与上年相比增加240万辆'), ('与上年同期相比下降0.1个百分点'), ('与上年持平'), ('与上年末持平'),
  ('与上年基本持平'), ('比1-8月提高2.9个百分点'), ('比1—6月份放缓0.1个百分点'), ('比一季度加快0.3个百分点'),
  ('比上半年增长1.2%'), ('比上年度增长0.9%'), ('比1949年增长了5倍'), ('较2016年同月上升3.6%'),
  ('比2019年同期下降2.7%'), ('按年升13.7%'), ('按季升0.3%'), ('轻微上升0.2%'), ('提高到58.8%'), ('增至151家'),
  -- verbs
  ('增速比上月加快1.0个百分点'), ('增速比1-6月份放缓0.1个百分点'), ('比上年增产594万吨'),
  ('减产162万吨'), ('降幅收窄1.3个百分点'), ('降幅比上半年收窄6.1个百分点'), ('跌幅扩大2个百分点'),
  ('收窄0.5个百分点'), ('扩大0.4个百分点'), ('上升3.5个百分点'), ('增幅环比扩大0.4个百分点'),
  ('与上年同期相比少增203万人'), ('比上年增收60.55亿元'), ('比上年偏高0.6℃'), ('较8月微降0.01个百分点'),
  ('上修4.77个百分点'), ('下修0.3个百分点'), ('年增 5.4%'), ('较上月漲1.31%'), ('跌0.08%'),
  -- noun-phrase changes and modifiers
  ('增速5.2%'), ('增幅1.8%'), ('涨幅3%左右'), ('同比增幅3.6%'), ('降幅1.8%'), ('增速超过15%'),
  ('实际增长5.3%'), ('比上年同期名义增长4.7%'), ('同比实际增长7.0%'), ('两年平均增长5.4%'),
  ('占比30.4%'), ('约合20533美元'),
  -- units
  ('196130亿吨公里'), ('1.2万亿人公里'), ('5371万标箱'), ('突破4900万TEU'), ('下降0.75个千分点'),
  ('51313百羽'), ('12门'), ('3200客位'), ('77.0岁'), ('35微克/立方米'), ('1.0毫克/立方米'),
  ('三成'), ('七成以上'), ('三成左右'), ('18.3/10万'), ('395天次'), ('12℃'), ('52㎡'),
  ('3.5万t'), ('12km'), ('8.5万kg'), ('1200m²'), ('2.04万km²'), ('1018.31亿kWh'), ('1.96万亿t·km'),
  -- digits grouped as printed
  ('32 451亿元'), ('10 536 205吨'), ('1 109亿元'),
  -- traditional script, Taiwan numerals
  ('增長8.1%'), ('漲幅3%左右'), ('比上年末提高 0.16 個百分點'), ('1.3萬億斤以上'), ('５﹒２％'),
  ('2兆444億元'), ('12兆1,805億元'), ('一八八一億美元'), ('百分之卅六點八四'), ('增加○點二九個百分點'),
  ('較上年同期跌2.93%'), ('1091萬8000人'),
  -- short forms of numerals
  ('三千五万'), ('3千5万'), ('一百二万'), ('一万二千万'), ('两千三百五万元'), ('三千零五万');
SELECT src, x::text AS canonical, x::numeric AS value, unit(x), qualifier_class(x) AS q,
       is_change(x) AS chg, basis(x), x::text::indicator = x AS rereads
FROM pub, LATERAL (SELECT src::indicator AS x) s ORDER BY ord;

-- Refused rather than read as a different number, or as something they are not (22P02).
\set VERBOSITY default
SELECT '一亿五万'::indicator;
SELECT '一亿二千万三千万'::indicator;
SELECT '十五万12312万'::indicator;
SELECT '一千23'::indicator;
SELECT '上千亿元'::indicator;
SELECT '数十亿元'::indicator;
SELECT '与上年增长5%'::indicator;
SELECT '降幅提高3%'::indicator;
SELECT '占比增长3%'::indicator;
SELECT '比1990年同期增长3%'::indicator;
SELECT '一万兆'::indicator;
\set VERBOSITY terse
-- Named periods are equal only to the same period; 与…相比 and 较… are the 比 form.
SELECT '比7月份下降0.1个百分点'::indicator = '比7月下降0.1个百分点' AS same_month,
       '比7月份下降0.1个百分点'::indicator = '比8月份下降0.1个百分点' AS other_month,
       '较2020年增长10%'::indicator = '与2020年相比增长10%' AS same_year,
       '比2020年增长10%'::indicator = '比2021年增长10%' AS other_year,
       '比上年末增长3%'::indicator = '比年初增长3%' AS year_start_class;
