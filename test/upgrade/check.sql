-- What the data looks like; the same output is expected before and after the update and
-- in a fresh install (test/upgrade/run.sh).
\pset null ∅
SELECT id, region, amount, plan, amount::numeric, unit(amount), dimension(amount),
       indicator_range(amount), meets(amount, plan), target_range(plan)
  FROM figures ORDER BY id;
SET enable_seqscan = off;
SELECT region, amount FROM figures WHERE amount >= '1000亿元' AND dimension(amount) = 'CNY' ORDER BY amount;
SELECT region, amount FROM figures WHERE amount = '14000亿元';
-- (the collation named: zh_category's own is zh_pinyin_phrases in a fresh install on 16+
-- but stays zh_pinyin in an updated database whose columns use it; doc/zh_category.md)
SELECT region, zh_pinyin(region), zh_index_label(region) FROM figures ORDER BY region COLLATE zh_pinyin;
RESET enable_seqscan;
SELECT sum(amount) FROM figures WHERE dimension(amount) = 'CNY';
SELECT phrase, pinyin, builtin FROM zh_phrase WHERE NOT builtin ORDER BY phrase;
SELECT count(*) = (SELECT count(*) FROM zh_builtin_phrases()) AS builtin_rows_current
  FROM zh_phrase WHERE builtin;
-- the objects of another role (users.sql)
SELECT * FROM ledger ORDER BY id;
SELECT * FROM budget ORDER BY region;
SELECT * FROM ledger_totals;
SELECT * FROM budget_growth;
SELECT * FROM ledger_snapshot ORDER BY dim;
SELECT ledger_total('CNY') AS total, ledger_mean('CNY') AS mean;
SELECT * FROM ledger_log ORDER BY id;
