-- pgTAP: every operation on every pair of a varied set of figures either raises a
-- documented SQLSTATE or gives a value that prints and re-reads equal (a computed value
-- must survive dump/restore like a typed one).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(5);

CREATE TEMP TABLE forms (f indicator);
INSERT INTO forms SELECT x::indicator FROM unnest(ARRAY[
  '1800亿元', '超过1800亿元', '1.4万亿元', '27701元', '-3.5万元', '0元', '36.40万人', '3万多亩',
  '200余个', '15亩', '1公顷', '突破6600家', '不到3%', '3%以内', '约5%', '近3万人', '15.3%',
  '同比下降15.3%', '同比增长5.2%', '比上年增长3.0%', '环比回落0.2个百分点', '2个百分点', '1倍',
  '翻两番', '持平', '增加1.2万人', '1.5万元/人', '0.5吨/万元', '突破260万', '5‰', '0.000001',
  '999999999999999999', '-999999999999999999万亿', '下降3%以上', '增长超过5%', '1800多亿元']) x;

CREATE TEMP TABLE outcomes (op text, a indicator, b indicator, r indicator, state text);
DO $$
DECLARE
  a indicator; b indicator; r indicator; op text;
  ops text[] := ARRAY['a + b', 'a - b', 'a * b', 'a / b', '-a', 'a * 3', 'a / 7', 'round(a, 1)',
                      'indicator_auto(a)', 'growth(a, b)', 'apply_change(a, b)', 'base_value(a, b)'];
BEGIN
  FOR a IN SELECT f FROM forms LOOP
    FOR b IN SELECT f FROM forms LOOP
      FOREACH op IN ARRAY ops LOOP
        IF op NOT LIKE '%b%' AND b <> (SELECT min(f) FROM forms) THEN CONTINUE; END IF;
        BEGIN
          EXECUTE 'SELECT ' || op || ' FROM (SELECT $1::indicator AS a, $2::indicator AS b) s'
            INTO r USING a, b;
          INSERT INTO outcomes VALUES (op, a, b, r, 'ok');
        EXCEPTION WHEN others THEN
          INSERT INTO outcomes VALUES (op, a, b, NULL, SQLSTATE);
        END;
      END LOOP;
    END LOOP;
  END LOOP;
END $$;

SELECT cmp_ok((SELECT count(*) FROM outcomes WHERE state = 'ok'), '>', 2000::bigint,
              'most operations succeed');
SELECT is_empty($$SELECT op, a::text, b::text, state FROM outcomes
                  WHERE state NOT IN ('ok', '22023', '22003', '22012')$$,
                'every failure is a documented SQLSTATE (22023, 22003, 22012)');
SELECT is_empty($$SELECT op, a::text, b::text, r::text FROM outcomes
                  WHERE state = 'ok' AND r IS NOT NULL
                    AND (r::text::indicator <> r OR r::text::indicator::text <> r::text
                         OR indicator_hash(r::text::indicator) <> indicator_hash(r))$$,
                'every result prints and re-reads equal, with the same text and hash');

-- The same for the plan functions: each figure against each form of target.
CREATE TEMP TABLE targets (t target);
INSERT INTO targets SELECT x::target FROM unnest(ARRAY['565个', '6%以上', '超过6%', '控制在3%以内',
  '低于3%', '5%左右', '5%-6%', '5到6个百分点', '增长5.5%左右，力争6%', '下降3%以上', '力争6.5%',
  '1.4万亿元', '3000亿元以上', '30万人', '1.5万-2万元']) x;
CREATE TEMP TABLE plan_outcomes (op text, a indicator, t target, r text, state text);
DO $$
DECLARE
  a indicator; t target; r text; op text;
  ops text[] := ARRAY['meets(a, t)::text', 'completion(a, t)::text', 'gap(a, t)::text',
                      'target_status(a, t)', 'schedule_status(a, t, 0.5)'];
BEGIN
  FOR a IN SELECT f FROM forms LOOP
    FOR t IN SELECT x.t FROM targets x LOOP
      FOREACH op IN ARRAY ops LOOP
        BEGIN
          EXECUTE 'SELECT ' || op || ' FROM (SELECT $1::indicator AS a, $2::target AS t) s'
            INTO r USING a, t;
          INSERT INTO plan_outcomes VALUES (op, a, t, r, 'ok');
        EXCEPTION WHEN others THEN
          INSERT INTO plan_outcomes VALUES (op, a, t, NULL, SQLSTATE);
        END;
      END LOOP;
    END LOOP;
  END LOOP;
END $$;
SELECT is_empty($$SELECT op, a::text, t::text, state FROM plan_outcomes
                  WHERE state NOT IN ('ok', '22023', '22003', '22012')$$,
                'plan functions fail only with documented SQLSTATEs');
SELECT is_empty($$SELECT a::text, t::text, r FROM plan_outcomes
                  WHERE op = 'gap(a, t)::text' AND state = 'ok'
                    AND (r::indicator::text <> r OR r::indicator = gap(a, t) IS NOT TRUE)$$,
                'every gap prints and re-reads equal');

SELECT * FROM finish();
ROLLBACK;
