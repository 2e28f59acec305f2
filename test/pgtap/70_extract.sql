-- pgTAP: indicator_extract and zh_period: properties and SQLSTATEs.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(27);

-- SQLSTATEs
SELECT throws_ok($$SELECT zh_period('去年')$$, '22023', NULL, 'a relative period without a reference year is 22023');
SELECT throws_ok($$SELECT zh_period('一季度')$$, '22023', NULL, 'a year-less period without a reference year is 22023');
SELECT throws_like($$SELECT zh_period('去年')$$, '%reference year%', 'the message names the reference year');
SELECT throws_ok($$SELECT zh_period('2023年', 10000)$$, '22023', NULL, 'a reference year out of range is 22023');
SELECT throws_ok($$SELECT zh_period('3月5日', 2023)$$, '22P02', NULL, 'a date is not a period: 22P02');
SELECT throws_ok($$SELECT zh_period('')$$, '22P02', NULL, 'an empty text is not a period');
SELECT throws_ok($$SELECT zh_period(repeat('2023年', 100))$$, '22P02', NULL, 'a long text is 22P02, not a crash');
SELECT throws_ok($$SELECT zh_period('15%')$$, '22P02', NULL, 'a figure is not a period');

-- volatility, strictness, parallel safety
SELECT is((SELECT string_agg(DISTINCT provolatile::text || proparallel::text || proisstrict::text, ',')
           FROM pg_proc WHERE proname IN ('indicator_extract', 'zh_period')), 'istrue',
          'indicator_extract and zh_period are IMMUTABLE, PARALLEL SAFE and STRICT');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_description d ON d.objoid = p.oid
           WHERE proname IN ('indicator_extract', 'zh_period')), 3, 'each has a comment');

-- the rows of the sample report as labelled in test/extract: properties of every row
CREATE TEMP TABLE doc AS SELECT
  E'海滨市2023年经济运行情况\n2023年，全市实现地区生产总值15760.34亿元，比上年增长5.9%。' ||
  '其中，第一产业增加值458.2亿元，增长3.6%。新能源汽车产量突破12万辆，增长1.3倍。' ||
  '全域腾空土地3万多亩，导入优质产业项目200余个。养老机构、医养结合机构分别达到309家、168家。' ||
  E'刑事警情同比下降15.3%①。\n二、2024年目标\n地区生产总值增长5.5%左右，城镇新增就业12万人以上，' ||
  '城镇调查失业率控制在5.5%以内。“十四五”时期，累计新增城镇就业目标为150万人。' AS d;
CREATE TEMP TABLE rows AS SELECT e.* FROM doc, indicator_extract(doc.d) e;
SELECT is((SELECT count(*)::int FROM rows), 15, 'fifteen expressions');
SELECT ok((SELECT bool_and(substr(doc.d, start + 1, stop - start) = text) FROM rows, doc),
          'text is the document between start and stop');
SELECT ok((SELECT bool_and(ord = n) FROM (SELECT ord, row_number() OVER (ORDER BY start) AS n FROM rows) s),
          'ord numbers the rows in document order');
SELECT ok((SELECT bool_and(start < stop AND stop <= lead) FROM
           (SELECT start, stop, lead(start, 1, 1000000) OVER (ORDER BY start) AS lead FROM rows) s),
          'rows do not overlap');
SELECT ok((SELECT bool_and((figure IS NULL) = (kind = 'target') AND (target IS NULL) = (kind <> 'target')) FROM rows),
          'a target row has a target and no figure; other rows a figure and no target');
SELECT ok((SELECT bool_and(is_change(figure) = (kind = 'change')) FROM rows WHERE kind <> 'target'),
          'kind change is a change figure');
SELECT ok((SELECT bool_and(text::indicator = figure) FROM rows WHERE kind <> 'target'),
          'a figure is its text as the type reads it');
SELECT ok((SELECT bool_and(text::target = target) FROM rows WHERE kind = 'target'),
          'a target is its text as the type reads it');
SELECT ok((SELECT bool_and(subject IS NOT NULL AND subject <> '') FROM rows), 'every row has a subject');
SELECT is((SELECT array_agg(DISTINCT period ORDER BY period) FROM rows),
          ARRAY['[2021-01-01,2026-01-01)', '[2023-01-01,2024-01-01)', '[2024-01-01,2025-01-01)']::daterange[],
          'periods: the paragraph''s 2023, the heading''s 2024, "十四五"时期');

-- issue 16: the same report in traditional script and with spaces between tokens reads
-- to the same figures
CREATE TEMP TABLE variants AS SELECT
  translate(d, '万亿长减约过达点为产与个条户项较实际', '萬億長減約過達點為產與個條戶項較實際') AS trad,
  regexp_replace(d, '([0-9])([^0-9.,])', '\1 \2', 'g') AS spaced
FROM doc;
SELECT is((SELECT array_agg(figure::text ORDER BY ord) FROM variants, indicator_extract(variants.trad)),
          (SELECT array_agg(figure::text ORDER BY ord) FROM rows),
          'traditional script: the same figures');
SELECT is((SELECT array_agg(coalesce(figure::text, target::text) ORDER BY ord)
           FROM variants, indicator_extract(variants.spaced)),
          (SELECT array_agg(coalesce(figure::text, target::text) ORDER BY ord) FROM rows),
          'spaces between tokens: the same figures and targets');
SELECT ok((SELECT bool_and(substr(v.spaced, e.start + 1, e.stop - e.start) = e.text)
           FROM variants v, indicator_extract(v.spaced) e),
          'offsets and text are those of the spaced text as written');

-- any text is safe input
SELECT is((SELECT count(*)::int FROM indicator_extract(repeat('一二三四五六七八九十百千万亿0123456789.%', 2000))), 0,
          'numeral soup gives no row');
SELECT lives_ok($$SELECT count(*) FROM indicator_extract(repeat(E'\u0001\t\r\n“”（）【】①⑵ ', 5000))$$,
                'control characters and punctuation are safe');
-- 10 MB: linear and flat (the scan keeps only the decoded document; unit tests time it)
SELECT is((SELECT count(*)::int FROM indicator_extract(
             repeat('全市地区生产总值15760.34亿元，比上年增长5.9%；第十三届“十四五”一流一批。', 100000))),
          200000, 'a 10 MB document (10.5 MB): two rows per sentence');
SELECT is((SELECT count(*)::int FROM indicator_extract(NULL)), 0, 'NULL gives no row');

SELECT * FROM finish();
ROLLBACK;
