-- Objects of another role (upgrade_user, not the extension's owner) that use the
-- extension, loaded before ALTER EXTENSION ... UPDATE and into a fresh install
-- (test/upgrade/run.sh): the update must keep every one of them working.
-- a table with generated columns and a btree index the update may not rebuild
CREATE TABLE ledger (
    id           integer PRIMARY KEY,
    amount       indicator NOT NULL,
    plan         target,
    amount_unit  text GENERATED ALWAYS AS (unit(amount)) STORED,
    amount_value numeric GENERATED ALWAYS AS (amount::numeric) STORED
);
CREATE INDEX ledger_amount ON ledger (amount);
CREATE INDEX ledger_plan ON ledger (plan) WHERE plan IS NOT NULL;
INSERT INTO ledger (id, amount, plan) VALUES
    (1, '1800亿元', '1500亿元以上'),
    (2, '增长5%', '增长5.5%左右'),
    (3, '5%', NULL),
    (4, '下降3%', '下降10%以上'),
    (5, '1.4万亿元', '1.3万亿元左右'),
    (6, '3%', NULL),
    (7, '增长8%', NULL),
    (8, '2%', NULL);
-- a domain over the type
CREATE DOMAIN cny_amount AS indicator CHECK (dimension(VALUE) = 'CNY');
CREATE TABLE budget (region text, amount cny_amount, previous cny_amount);
INSERT INTO budget VALUES ('长沙', '1800亿元', '1600亿元'), ('重庆', '3000亿元', '2800亿元');
-- views using every aggregate whose state type changed
CREATE VIEW ledger_totals AS
    SELECT sum(amount) AS total, avg(amount) AS mean, min(amount) AS least, max(amount) AS most
      FROM ledger WHERE dimension(amount) = 'CNY';
CREATE VIEW budget_growth AS
    SELECT group_growth(amount, previous) AS growth,
           contribution(amount - previous, '400亿元'::indicator) AS share,
           pull(amount - previous, '4400亿元'::indicator) AS pulled,
           completion_agg(amount, '4000亿元'::target) AS completion
      FROM budget;
-- a materialized view (with an index of its own)
CREATE MATERIALIZED VIEW ledger_snapshot AS
    SELECT dimension(amount) AS dim, sum(amount) AS total FROM ledger GROUP BY 1;
CREATE INDEX ledger_snapshot_total ON ledger_snapshot (total);
-- a rule
CREATE TABLE ledger_log (id integer, total indicator);
CREATE RULE ledger_logged AS ON INSERT TO ledger
    DO ALSO INSERT INTO ledger_log
        VALUES (NEW.id, (SELECT sum(l.amount) FROM ledger l WHERE dimension(l.amount) = 'CNY'));
-- SQL functions: one with a body PostgreSQL tracks (BEGIN ATOMIC), one with a string body
CREATE FUNCTION ledger_total(d text) RETURNS indicator LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT sum(amount) FROM ledger WHERE dimension(amount) = d;
END;
CREATE FUNCTION ledger_mean(d text) RETURNS indicator LANGUAGE sql STABLE
    AS $$ SELECT avg(amount) FROM ledger WHERE dimension(amount) = d $$;
