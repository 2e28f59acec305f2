-- Messages in Chinese (issue 12): under lc_messages = 'zh_CN.UTF-8' the extension's own
-- messages, details and hints come from its catalog (po/zh_CN.po, installed as
-- indicator-MAJOR.mo); PostgreSQL's own words (错误 for ERROR) from the server's catalog.
-- The server needs the zh_CN.UTF-8 locale (scripts/setup.sh generates it).
SET lc_messages = 'zh_CN.UTF-8';
-- input errors: message, detail with the character position, hint
SELECT 'abc'::indicator;
SELECT ''::indicator;
SELECT '18亿美刀'::indicator;
SELECT '1234567890123456789'::indicator;
SELECT '超过3万多亩'::target;
-- operations: the core's detail names both units in one sentence
SELECT '3万亩'::indicator + '5亿元'::indicator;
SELECT '3万亩'::indicator / '5亿元'::indicator;
SELECT sum(x) FROM (VALUES ('3万亩'::indicator), ('5亿元')) v(x);
SELECT '5亿元'::indicator / '0元'::indicator;
SELECT growth('5%'::indicator, '增长3%'::indicator);
-- issue 18: details and hints the core composes, all in Chinese; division by zero says it once
SELECT '27701元'::indicator + '增加1000元'::indicator;
SELECT '27701元'::indicator - '增加1000元'::indicator;
SELECT meets('5.9%', '增长5.5%左右');
SELECT meets('增长5.9%', '5.5%左右');
SELECT '3元'::indicator * '5元'::indicator;
SELECT '5%左右，力争'::target;
SELECT zh_period('去年');
SELECT '二万三万元'::indicator;
SELECT '与上年增长5%'::indicator;
-- the zh_ functions
SELECT zh_sort_key('长沙', 'radical');
SELECT zh_phrase_valid('青岛', 'qing dao shi');
SELECT zh_phrase_valid('青 岛', 'qing dao');
-- the same in English once lc_messages is reset
RESET lc_messages;
SELECT '3万亩'::indicator + '5亿元'::indicator;
SELECT zh_sort_key('长沙', 'radical');
