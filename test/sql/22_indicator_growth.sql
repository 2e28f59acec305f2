-- Growth arithmetic (spec section 2).
SELECT growth('27701元', '25986元') AS plain, growth('27701元', '25986元', '同比') AS yoy,
       growth('100亿元', '120亿元', '比上年') AS decline, growth('1.4万亿元', '7000亿元', '同比', '倍') AS times,
       growth('超过1800亿元', '1500亿元', '同比') AS bounded, growth('101.25元', '100元', NULL, '%', 1) AS half_even,
       growth('36.4万人', '30万人', '同比', '%', 3) AS three_digits;
-- apply_change and base_value: % changes, percentage points, absolute changes, 倍 and 翻番.
SELECT apply_change('100亿元', '增长5%') AS pct, apply_change('5%', '提高2个百分点') AS pp,
       apply_change('100人', '增加20人') AS absolute, apply_change('100亿元', '增长1倍') AS bei,
       apply_change('100亿元', '翻两番') AS fan, apply_change('100亿元', '同比持平') AS flat,
       apply_change('100亿元', '增长超过5%') AS bounded;
SELECT base_value('105亿元', '增长5%') AS pct, base_value('7%', '提高2个百分点') AS pp,
       base_value('27701元', '增长6.6%') AS back_calculated, base_value('400亿元', '翻两番') AS fan;
-- Round trips.
SELECT apply_change(base_value('105亿元', '同比增长5%'), '同比增长5%') = '105亿元' AS round_trip;
-- cagr: 年均增长x%.
SELECT cagr('100亿元', '121亿元', 2) AS two_years, cagr('1000亿元', '1.4万亿元', 10, 2) AS decade,
       cagr('100亿元', '81亿元', 2) AS decline;
-- Group growth, contribution (贡献率) and pull (拉动).
CREATE TABLE industry (name text, cur indicator, prev indicator);
INSERT INTO industry VALUES ('第一产业', '500亿元', '480亿元'), ('第二产业', '5000亿元', '4700亿元'),
                            ('第三产业', '8000亿元', '7400亿元');
SELECT group_growth(cur, prev) AS total_growth, sum(cur) AS total, sum(prev) AS total_prev FROM industry;
SELECT name, growth(sum(cur), sum(prev), '同比') AS growth,
       contribution(cur - prev, (SELECT sum(cur) - sum(prev) FROM industry)) AS contribution,
       pull(cur - prev, (SELECT sum(prev) FROM industry)) AS pull
FROM industry GROUP BY name ORDER BY name;
-- The parts' pulls add up to the total growth (in percentage points).
SELECT pull(cur - prev, (SELECT sum(prev) FROM industry)) AS total_pull,
       contribution(cur - prev, (SELECT sum(cur) - sum(prev) FROM industry)) AS total_contribution
FROM industry;
DROP TABLE industry;
