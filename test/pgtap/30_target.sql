-- pgTAP: the target type's errors (SQLSTATEs) and properties.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(22);

SELECT throws_ok($$SELECT 'abc'::target$$, '22P02', NULL, 'garbage is 22P02');
SELECT throws_like($$SELECT '近5%'::target$$, '%"近5%"%', 'the message quotes the input');
SELECT throws_ok($$SELECT '近5%'::target$$, '22P02', NULL, '近 is not a plan word');
SELECT throws_ok($$SELECT '3万多亩'::target$$, '22P02', NULL, '多 is not a plan word');
SELECT throws_ok($$SELECT '控制在5%'::target$$, '22P02', NULL, '控制在 needs a cap');
SELECT throws_ok($$SELECT '5%-6亩'::target$$, '22P02', NULL, 'a range across dimensions');
SELECT throws_ok($$SELECT '5%以上-6%'::target$$, '22P02', NULL, 'a range takes no qualifiers');
SELECT throws_ok($$SELECT '5%左右，力争6亩'::target$$, '22P02', NULL, 'a stretch in another unit');
SELECT throws_ok($$SELECT meets('5亩', '5%以上')$$, '22023', NULL, 'meets across dimensions is 22023');
SELECT throws_ok($$SELECT completion('5个', '0个')$$, '22012', NULL, 'completion of a zero target is 22012');
SELECT throws_ok($$SELECT completion('0%', '3%以内')$$, '22012', NULL, 'completion of a cap with actual zero is 22012');
SELECT throws_ok($$SELECT schedule_status('5个', '10个', 1.5)$$, '22023', NULL, 'elapsed above 1 is 22023');
SELECT throws_ok($$SELECT schedule_status('5个', '10个', daterange('2023-01-01', NULL), '2023-06-01')$$, '22023', NULL, 'an unbounded period is 22023');
SELECT throws_ok($$SELECT completion_agg(a, t) FROM (VALUES ('5%'::indicator, '3%以内'::target)) v(a, t)$$, '22023', NULL, 'caps do not add');
SELECT throws_ok($$SELECT completion_agg(a, t) FROM (VALUES ('5亩'::indicator, '3亿元'::target)) v(a, t)$$, '22023', NULL, 'actuals and targets in different dimensions');
SELECT throws_ok($$SELECT gap('5亩', '5%以上')$$, '22023', NULL, 'gap across dimensions is 22023');
SELECT throws_ok($$SELECT schedule_status('5个', '5个-6个', 0.5)$$, '22023', NULL, 'schedule of a total against a range is 22023');
SELECT throws_ok($$SELECT completion('5个', '6个', 40)$$, '22003', NULL, 'completion digits out of range is 22003');

SELECT is(meets('3万多亩', '3.5万亩'), NULL, 'undecidable is NULL');
SELECT ok((SELECT bool_and(t::text::target = t AND target_hash(t::text::target) = target_hash(t))
           FROM unnest(ARRAY['565个', '控制在3%以内', '5%-6%', '5到6个百分点', '增长5.5%左右，力争6%', '力争6.5%', '下降3%以上']::target[]) t),
          'text output round-trips with equal hashes');
SELECT is(pg_column_size('增长5.5%左右，力争6%'::target), 56, 'a target is 56 bytes');
SELECT is((SELECT provolatile FROM pg_proc WHERE proname = 'meets')::text, 's', 'meets is STABLE (it reads the tolerance)');

SELECT * FROM finish();
ROLLBACK;
