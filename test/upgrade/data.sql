-- Data with every type of the extension, loaded before ALTER EXTENSION ... UPDATE (into a
-- database at 0.1.0) and into a fresh install; test/upgrade/run.sh compares the two.
CREATE TABLE figures (
    id     integer PRIMARY KEY,
    region zh_category NOT NULL,
    amount indicator NOT NULL,
    plan   target
);
CREATE INDEX figures_amount ON figures (amount);
CREATE INDEX figures_amount_hash ON figures USING hash (amount);
CREATE INDEX figures_plan ON figures (plan);
CREATE INDEX figures_region ON figures (region);
INSERT INTO figures VALUES
    (1, '长沙', '超过1800亿元', '1500亿元以上'),
    (2, '重庆', '1.4万亿元', '1.3万亿元左右'),
    (3, '北京', '3万多亩', '3万亩'),
    (4, '上海', '同比下降15.3%', '下降10%以上'),
    (5, '厦门', '36.40万人', '35万人'),
    (6, '乐清', '14万元/人', '12万元/人-15万元/人'),
    (7, '银川', '约5%', '增长5.5%左右，力争6%');
-- a user reading (user rows win over the built-in ones)
INSERT INTO zh_phrase (phrase, pinyin) VALUES ('乐清', 'yue qing');
-- a partitioned table: its partitions' indexes are rebuilt (a partitioned index has no
-- storage, and REINDEX of one cannot run in the update's transaction)
CREATE TABLE figures_by_year (year integer NOT NULL, amount indicator NOT NULL) PARTITION BY RANGE (year);
CREATE TABLE figures_2023 PARTITION OF figures_by_year FOR VALUES FROM (2023) TO (2024);
CREATE INDEX figures_by_year_amount ON figures_by_year (amount);
INSERT INTO figures_by_year VALUES (2023, '5%'), (2023, '增长5%'), (2023, '下降3%');
-- an index of the extension's owner whose rebuild fails when upgrade_test.fail_reindex is
-- on (run.sh sets it for the update): the update warns and completes
CREATE FUNCTION checked_amount(indicator) RETURNS indicator LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF current_setting('upgrade_test.fail_reindex', true) = 'on' THEN
        RAISE EXCEPTION 'upgrade_test: this index expression refuses to run';
    END IF;
    RETURN $1;
END
$$;
CREATE INDEX figures_checked ON figures (checked_amount(amount));
