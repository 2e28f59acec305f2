-- Equality by meaning, the total order, and every plan that relies on them: btree index,
-- ORDER BY, GROUP BY (sort and hash), DISTINCT, hash join and merge join, on a column
-- that mixes money, counts and percents.
SELECT '1.4万亿元'::indicator = '14000亿元' AS magnitudes,
       '36.4万人'::indicator = '364000人' AS scaled,
       '36.40万人'::indicator = '36.4万人' AS trailing_zero,
       '1公顷'::indicator = '15亩' AS hectare_is_15_mu,
       '1平方公里'::indicator = '1平方千米' AS synonyms,
       '2斤'::indicator = '1公斤' AS jin,
       '1倍'::indicator = '100%' AS bei,
       '翻一番'::indicator = '增长1倍' AS doubling,
       '达到20个'::indicator = '20个' AS lead_word_is_display_only,
       '突破6600家'::indicator = '6600家以上' AS same_class_other_word;
SELECT '5%'::indicator = '5个百分点' AS percent_vs_point,
       '5%'::indicator = '同比增长5%' AS level_vs_change,
       '同比增长5%'::indicator = '环比增长5%' AS basis,
       '3家'::indicator = '3所' AS measure_words,
       '超过5%'::indicator = '5%以上' AS gt_vs_ge,
       '5美元'::indicator = '5元' AS currencies;
-- The qualifier order of the spec: 不到x < x以下 < 近x < 约x < x < x以上 < 超过x < x多
SELECT x FROM unnest(ARRAY['5%多', '超过5%', '5%以上', '5%', '约5%', '近5%', '5%以下', '不到5%']::indicator[]) x
ORDER BY x;
-- Dimensions sort in a fixed order, then values in the base unit.
CREATE TABLE figures (id serial PRIMARY KEY, f indicator NOT NULL);
INSERT INTO figures (f) SELECT x::indicator FROM unnest(ARRAY[
  '1800亿元', '1.4万亿元', '14000亿元', '27701元', '3万多亩', '1公顷', '15亩', '2平方公里',
  '36.4万人', '364000人', '200余个', '181个', '6600家', '15.3%', '同比下降15.3%', '2个百分点',
  '突破260万', '-3', '1倍', '100%', '5吨', '5000公斤', '1.5万元/人', '300人/平方公里']) x;
SELECT f, dimension(f) FROM figures ORDER BY f, id;
SELECT f, count(*) FROM figures GROUP BY f HAVING count(*) > 1 ORDER BY f;
SELECT count(DISTINCT f) AS distinct_meanings, count(*) AS rows FROM figures;
-- Hash aggregation and hash joins agree with equality across units and magnitudes.
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT f, count(*) FROM figures GROUP BY f HAVING count(*) > 1;
SELECT f, count(*) FROM figures GROUP BY f HAVING count(*) > 1 ORDER BY 1;
RESET enable_sort;
SET enable_mergejoin = off; SET enable_nestloop = off;
SELECT a.f AS a, b.f AS b FROM figures a JOIN figures b ON a.f = b.f AND a.id < b.id ORDER BY a.id;
RESET enable_mergejoin; SET enable_hashjoin = off;
SELECT a.f AS a, b.f AS b FROM figures a JOIN figures b ON a.f = b.f AND a.id < b.id ORDER BY a.id;
RESET enable_hashjoin; RESET enable_nestloop;
-- A btree index answers range queries in the type's order.
CREATE INDEX figures_f ON figures (f);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT f FROM figures WHERE f BETWEEN '1000亿元' AND '2万亿元';
SELECT f FROM figures WHERE f BETWEEN '1000亿元' AND '2万亿元' ORDER BY f;
RESET enable_seqscan;
CREATE UNIQUE INDEX figures_unique ON figures (f) WHERE id < 3;
-- A hash index works too.
CREATE INDEX figures_h ON figures USING hash (f);
SET enable_seqscan = off; SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM figures WHERE f = '15亩';
SELECT id, f FROM figures WHERE f = '15亩' ORDER BY id;
RESET enable_seqscan; RESET enable_bitmapscan;
-- The hash support functions agree: equal values hash equal (32-bit and extended, seed 0).
SELECT count(*) AS equal_pairs,
       count(*) FILTER (WHERE indicator_hash(a.f) = indicator_hash(b.f)) AS same_hash,
       count(*) FILTER (WHERE indicator_hash_extended(a.f, 0) = indicator_hash_extended(b.f, 0)
                          AND indicator_hash_extended(a.f, 7) = indicator_hash_extended(b.f, 7)) AS same_ext
FROM figures a JOIN figures b ON a.f = b.f;
SELECT bool_and((indicator_hash_extended(f, 0) & 4294967295) = (indicator_hash(f)::bigint & 4294967295))
       AS low_bits_agree FROM figures;
-- Storage: 16 bytes, fixed.
SELECT typlen, typalign, typstorage FROM pg_type WHERE typname = 'indicator';
SELECT DISTINCT pg_column_size(f) FROM figures;
DROP TABLE figures;
-- min and max follow the same order (and can use the index).
CREATE TABLE mm (f indicator);
INSERT INTO mm SELECT x::indicator FROM unnest(ARRAY['1800亿元', '1.4万亿元', '3万多亩', '15亩', '超过7000家']) x;
SELECT min(f), max(f) FROM mm;
SELECT dimension(f), min(f), max(f) FROM mm GROUP BY 1 ORDER BY min(f);
DROP TABLE mm;
