-- The table every client test reads and writes (test/clients/run.sh loads it).
CREATE TABLE facts (
    id     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region zh_category NOT NULL,
    item   text NOT NULL,
    amount indicator,
    plan   target
);
INSERT INTO facts (region, item, amount, plan) VALUES
    ('长沙', '重大项目总投资', '超过1800亿元', '1500亿元以上'),
    ('重庆', '计划总投资', '1.4万亿元', NULL),
    ('北京', '腾空土地', '3万多亩', '3万亩'),
    ('上海', '刑事警情', '同比下降15.3%', '下降10%以上');
SELECT indicator_bi_view('facts');
