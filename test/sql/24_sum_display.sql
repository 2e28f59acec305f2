-- The display rule of sums (issue 18): a + b and sum() print a total alike, down to the
-- finest digit of the rows: an integer's trailing zeros carry no precision (3000 is known
-- to the 千), a written decimal's do (2.50万 to the 百).  And the sign of a 多/余 row
-- decides its bound in sum() however the rows come (issue 19).
SELECT '3000元'::indicator + '2万元' AS plus,
       (SELECT sum(x) FROM unnest(ARRAY['3000元', '2万元']::indicator[]) x) AS sum;
SELECT '1800亿元'::indicator + '1.4万亿元' + '50亿元' AS plus,
       (SELECT sum(x) FROM unnest(ARRAY['1800亿元', '1.4万亿元', '50亿元']::indicator[]) x) AS sum,
       (SELECT avg(x) FROM unnest(ARRAY['1800亿元', '1.4万亿元', '50亿元']::indicator[]) x) AS avg;
-- a written decimal's zeros count; so do the rows' own, however the rows are grouped
SELECT '2.50万元'::indicator + '3000元' AS decimal_zeros, '3000.0元'::indicator + '2万元' AS decimal_row,
       '1亿元'::indicator + '1万元' + '9999万元' AS small_row;
-- a partial sum keeps the digits it knows: 3001 + 6999 is 10000 to the 元, 3000 + 7000 to the 千
WITH r(g, x) AS (VALUES (1, '3001元'::indicator), (1, '6999元'), (2, '2万元'),
                        (3, '3000元'), (3, '7000元'), (4, '2万元'))
SELECT g_all.s AS all_rows, sum(g.s) AS group_sums
FROM (SELECT g <= 2 AS first, g, sum(x) AS s FROM r GROUP BY g) g
JOIN (SELECT g <= 2 AS first, sum(x) AS s FROM r GROUP BY 1) g_all USING (first)
GROUP BY g_all.first, g_all.s ORDER BY g_all.first DESC;
-- the text of a partial sum is what it prints: read back, 10000元 is known to the 万
SELECT ('3000元'::indicator + '7000元') + '2万元' AS as_value,
       ('3000元'::indicator + '7000元')::text::indicator + '2万元' AS as_text;

-- 多/余 and the sign (issue 19): 3万多 is above 3万, -3万多 below -3万; their sum is only
-- known to be about 0, in either order, by sum() and by +
SELECT (SELECT sum(x ORDER BY o) FROM unnest(ARRAY['3万多元', '-3万多元']::indicator[]) WITH ORDINALITY AS t(x, o)) AS sum_pos_first,
       (SELECT sum(x ORDER BY o) FROM unnest(ARRAY['-3万多元', '3万多元']::indicator[]) WITH ORDINALITY AS t(x, o)) AS sum_neg_first,
       '3万多元'::indicator + '-3万多元' AS plus;
SELECT sum(x ORDER BY o) AS sum, avg(x ORDER BY o) AS avg
FROM unnest(ARRAY['3万多元', '3万多元', '-1万多元', '5万元']::indicator[]) WITH ORDINALITY AS t(x, o);
