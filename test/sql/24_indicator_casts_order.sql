-- Integers assign to indicator; the order across dimensions and the recipe that compares
-- within one (doc/arithmetic.md "Comparing across dimensions").
CREATE TABLE counts (v indicator);
INSERT INTO counts VALUES (1800), (32767::smallint), (9007199254740993::bigint), (-5), (1800.50);
SELECT v, dimension(v), v = '1800' AS is_1800 FROM counts;
UPDATE counts SET v = 7 WHERE v = '-5';
SELECT v FROM counts ORDER BY v;
-- only in assignments: an integer is not silently a figure in an expression
SELECT 1800 = '1800'::indicator;
SELECT 1800::indicator, (-3)::smallint::indicator, 12345678901234::indicator;
-- a bigint of 19 digits is more than a figure holds (18 significant digits): 22003
INSERT INTO counts VALUES (9223372036854775807);
DROP TABLE counts;

-- the total order answers across dimensions
CREATE TABLE facts (item text, amount indicator);
INSERT INTO facts VALUES ('投资', '超过1800亿元'), ('计划', '1.4万亿元'), ('预算', '800亿元'),
    ('腾空土地', '3万多亩'), ('新设', '5个'), ('警情', '同比下降15.3%'), ('增速', '同比增长6%');
SELECT item, amount FROM facts WHERE amount > '1000亿元' ORDER BY amount;
SELECT max(amount) FROM facts;
-- the recipe: compare within the dimension of the figure compared with
SELECT item, amount FROM facts
 WHERE dimension(amount) = dimension('1000亿元') AND amount > '1000亿元' ORDER BY amount;
SELECT max(amount) FROM facts WHERE dimension(amount) = 'CNY';
-- dimension() is IMMUTABLE, so an index can lead with it and serve the recipe
SELECT provolatile FROM pg_proc WHERE oid = 'dimension(indicator)'::regprocedure;
CREATE INDEX facts_dim_amount ON facts (dimension(amount), amount);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT item, amount FROM facts
 WHERE dimension(amount) = dimension('1000亿元') AND amount > '1000亿元';
SELECT item, amount FROM facts
 WHERE dimension(amount) = dimension('1000亿元') AND amount > '1000亿元' ORDER BY amount;
RESET enable_seqscan;
DROP TABLE facts;
