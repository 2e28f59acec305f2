-- indicator_extract(doc) and zh_period(text [, reference_year]): what users see.
\pset null ∅
SET datestyle = 'ISO';

-- every column on a short report: levels, a change after a level of the same subject,
-- 分别, a plan, the period a paragraph states
SELECT * FROM indicator_extract(
    '2023年，全市地区生产总值15760.34亿元，比上年增长5.9%。养老机构、医养结合机构分别达到309家、168家。' ||
    '今年预期目标是：城镇新增就业12万人以上，城镇调查失业率控制在5.5%以内。');

-- offsets are characters from 0, stop exclusive: substr(doc, start + 1, stop - start) = text
WITH d(doc) AS (VALUES ('𠀀ab超过1800亿元，同比下降15.3%。'))
SELECT e.start, e.stop, e.text, substr(d.doc, e.start + 1, e.stop - e.start) = e.text AS at_offsets
FROM d, indicator_extract(d.doc) e;

-- each trap class gives no row (one document per class)
SELECT class, doc, (SELECT count(*) FROM indicator_extract(doc)) AS rows
FROM (VALUES
  ('years and dates', '2023年3月5日召开会议，17日公布结果，1-10月数据随后发布。'),
  ('ranks and ordinals', '增速居全省第二位，第十三届人大第一次会议召开，连续两年位列前十位。'),
  ('plan and slogan names', '实施“十四五”规划，学习二十大精神，坚定拥护“两个确立”，落实“一二三四六十”目标。'),
  ('list numbering', '（一）总体情况。一、综合。1.本表为快报数。一是加快建设，二是优化服务。'),
  ('footnote marks', '统计公报[1]发布，数据来源见注①，另见附注(2)。'),
  ('product and grade names', '新建5G基站，创建4A级旅游景区，PM2.5浓度下降，达到国家二级标准。'),
  ('words containing numerals', '打造一流营商环境，一批项目开工，打通“最后一公里”，万家民营企业参评，千家万户受益。'),
  ('bounds of a class', '观摩在建投资规模50亿元以上的制造业项目。'),
  ('bare numbers', '三次产业结构为2.9∶35.3∶61.8，落实“5个1”机制。')
) AS t(class, doc);

-- the same documents with one statistic each: only the statistic is reported
SELECT text, subject, figure, kind FROM indicator_extract(
    '2023年3月5日，新增5G基站1.2万个。增速居全省第二位，新评定4A级旅游景区5家。' ||
    '打造一流营商环境，一批项目总投资超过1800亿元。（一）人才总量突破260万。');

-- qualifiers, open ranges, ratios, Chinese numerals, full-width digits
SELECT text, figure, kind FROM indicator_extract(
    '全域腾空土地3万多亩，导入项目200余个，中欧班列开行近900列，旅客约36万人次，' ||
    '产量增长1.3倍，出口翻一番，占比达到百分之六十二点五，１１９０万人享受保障，' ||
    '城镇化率比上年末提高0.94个百分点，存款比年初增加28.4亿元。');

-- 分别: listed subjects in order; with no list, the rows before; a verb carries over
SELECT text, subject, kind FROM indicator_extract(
    '夏粮、早稻、秋粮产量分别为14615万吨、2834万吨、52092万吨。' ||
    '接待游客412.6万人次，实现旅游收入39.8亿元，分别增长26.4%和31.2%。');

-- plans: a clause with a plan word, and what follows it in the sentence, are targets;
-- 占年度计划的 and 完成目标任务的 are not plans
SELECT text, subject, figure, target, kind FROM indicator_extract(
    '今年共确定重点项目565个，计划总投资1.4万亿元。力争地区生产总值增长6%左右，确保粮食产量30亿斤以上。' ||
    '累计完成投资46.8亿元，占年度计划的89.6%，完成全年目标任务的107.2%。');

-- periods: the title's, a heading's, a paragraph's opening, a sentence's
SELECT text, period, kind FROM indicator_extract(E'青川县2023年1-10月经济运行简况\n' ||
    E'1-10月，全县社会消费品零售总额67.9亿元。10月份，居民消费价格同比上涨0.3%。\n' ||
    E'分季度看，一季度增长3.1%，上半年增长5.4%。\n' ||
    E'前三季度，居民人均可支配收入22463元。\n' ||
    E'二、明年目标\n地区生产总值增长6%左右，“十四五”时期累计新增就业15万人。');

-- relative periods count from the title's year
SELECT text, period FROM indicator_extract(E'2024年政府工作报告\n过去一年，地区生产总值增长5.9%。今年，一般公共预算收入目标为增长5%。');

-- issue 16: traditional script reads as the type reads it: a change, a decline, 個百分點,
-- counts with 條/個/戶/間/項, 約/超過/逾 kept
SELECT text, subject, figure, kind FROM indicator_extract(
    '本地生產總值按年實質增長2.5%，產量增長5.3%，貨物出口同比減少18.6%，失業率上升0.7個百分點。' ||
    '新增公交路線12條、公園8個、商戶1,204戶、酒店3間、工程項目26項，旅客約36萬人次，' ||
    '收入超過1,800億元，投資逾50億元。');
-- spaces and thin spaces between tokens; text and offsets stay as written
SELECT text, subject, figure, kind FROM indicator_extract(
    '工业产量同比下降 6.4%，服务业增长12 %，月均收入2,300 元，出口增长接近 40%，存款 1 024 万元。');
-- a leading minus; lists take the change and sign of their verb or noun
SELECT text, subject, figure, kind FROM indicator_extract(
    '商品房销售面积(-1.4%)，单位能耗为-0.5‰。城乡居民收入实际增速分别为8.6%、11.2%。' ||
    '三类商品销售额下降6.4%、3.8%和2.1%，三项支出录得36.4%、28.9%及47.5%的降幅，' ||
    '工业投资录得27.4%的增幅。');
-- bases with 至, 持平 rows, a change then the new level, mixed notation, ages and stays
SELECT text, subject, figure, kind FROM indicator_extract(
    '工业增加值增速比1至8月份回落0.5个百分点。居民消费价格与上年持平，出厂价格基本持平，保持平稳。' ||
    '户籍人口增加约3,200人至128,400人，人均收入3万6200元，人均预期寿命79.3岁，旅客平均逗留1.3日。');
-- a list of targets after a colon at a line's end (to a blank line); a count of the
-- plan's own indicators reports
SELECT text, subject, figure, target, kind FROM indicator_extract(
    E'今年主要预期目标是：\n地区生产总值增长6.5%以上；\n城镇调查失业率控制在3.5%左右。\n\n' ||
    '全年约束性指标9个，新增就业1.2万人。');

-- stop 29: negative growth written with a sign after 增长, 约 before a change, 半成, a list
-- after 分别 opening its clause, a rate in brackets after a basis
SELECT text, figure, kind FROM indicator_extract(
    '第二产业增加值增长-12.7%。過關人次約減少1200人。價值下跌半成。' ||
    '陸路口岸有輕微升幅,分別是0.9%、2.1%及1.4%。投资增幅较1-2月(-0.6%)提高18.0个百分点。');

-- a document without figures, an empty one, NULL
SELECT count(*) FROM indicator_extract('各位代表：现在，我代表市人民政府向大会报告工作。');
SELECT count(*) FROM indicator_extract('');
SELECT count(*) FROM indicator_extract(NULL);

-- one statement turns a report into a facts table
CREATE TEMP TABLE reports (name text PRIMARY KEY, body text);
INSERT INTO reports VALUES ('demo', '2023年，全市地区生产总值15760.34亿元，比上年增长5.9%；农村居民人均可支配收入27701元。');
CREATE TEMP TABLE facts (report text, ord int, subject text, figure indicator, target target,
                         period daterange, kind text, PRIMARY KEY (report, ord));
INSERT INTO facts (report, ord, subject, figure, target, period, kind)
SELECT r.name, e.ord, e.subject, e.figure, e.target, e.period, e.kind
FROM reports r, indicator_extract(r.body) AS e;
SELECT report, ord, subject, figure, period, kind FROM facts ORDER BY ord;

-- zh_period: every form
SELECT p, zh_period(p) FROM unnest(ARRAY['2023年', '2023年10月', '2023年1-10月', '2023年一季度',
    '2023年第三季度', '2023年前三季度', '2023年上半年', '2023年下半年', '2023年末', '二〇二三年',
    '2021-2025年', '"十四五"时期', '“十三五”期间', '“十五”时期', '十四五']) AS p;
SELECT p, zh_period(p, 2024) FROM unnest(ARRAY['今年', '去年', '前年', '明年', '上年', '今年一季度',
    '去年上半年', '今年1-10月', '过去一年', '过去五年', '一季度', '上半年', '1-10月', '10月份',
    '前10个月', '去年以来']) AS p;
-- errors
SELECT zh_period('去年');
SELECT zh_period('3月5日', 2023);
SELECT zh_period('2023年的');
SELECT zh_period('2023年', 12345);
