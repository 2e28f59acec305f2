-- text::indicator and text::target read the text in place (issue 19): the cast is a
-- function, explicit only, as the I/O cast it replaces, with the input's results and errors.
SELECT castsource::regtype, casttarget::regtype, castmethod, castcontext, castfunc::regprocedure
  FROM pg_cast WHERE castsource = 'text'::regtype
   AND casttarget IN ('indicator'::regtype, 'target'::regtype) ORDER BY 2;

-- what the input reads or refuses, as SQLSTATE, message and detail
CREATE FUNCTION pg_temp.read(how text, s text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; det text; r text;
BEGIN
    EXECUTE format(how, s) INTO r;
    RETURN r;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
    RETURN st || ' ' || msg || ' / ' || det;
END $$;
CREATE TABLE samples (s text);
INSERT INTO samples VALUES ('超过1800亿元'), ('3万多亩'), ('同比下降15.3%'), ('1.4万亿元'),
    ('約38.54萬噸'), ('  742.2万人 '), ('-0.5‰'), ('0'), ('1800'), (''), ('3亩多'),
    ('12345678901234567890元'), ('3 斤两'), ('同比增长'), (repeat('9', 30) || '元');
-- the cast and the type's input agree on every sample, errors included
SELECT s, pg_temp.read('SELECT %L::text::indicator::text', s) AS cast_text
  FROM samples
 WHERE pg_temp.read('SELECT %L::text::indicator::text', s)
       IS DISTINCT FROM pg_temp.read('SELECT indicator_in(%L::cstring)::text', s);
SELECT s, pg_temp.read('SELECT %L::text::indicator::text', s) AS read FROM samples;
INSERT INTO samples VALUES ('控制在3%以内'), ('增长6.5%以上'), ('3%左右');
SELECT s, pg_temp.read('SELECT %L::text::target::text', s) AS target_cast
  FROM samples
 WHERE pg_temp.read('SELECT %L::text::target::text', s)
       IS DISTINCT FROM pg_temp.read('SELECT target_in(%L::cstring)::text', s);
SELECT pg_temp.read('SELECT %L::text::target::text', '控制在3%以内') AS target,
       pg_temp.read('SELECT %L::text::target::text', '以内') AS refused;
-- varchar and a column of text; NULL stays NULL; function syntax is the same cast
SELECT '3万多亩'::varchar::indicator, s::indicator FROM samples WHERE s = '1.4万亿元';
SELECT NULL::text::indicator IS NULL AS null_in_null_out, indicator('同比增长6%'::text);
-- explicit only: a text expression does not slip into an indicator column
CREATE TABLE figures (v indicator);
INSERT INTO figures SELECT s FROM samples WHERE s = '3万多亩';
INSERT INTO figures SELECT s::indicator FROM samples WHERE s = '3万多亩';
SELECT v FROM figures;
DROP TABLE figures, samples;
