-- The statistical figures of the sample report (../shared/corpus/000_49268e9bcda0c48e.txt),
-- each with the phrase it measures: it parses, prints back identically (Chinese numerals
-- print with ASCII digits: 四年 is 4年), and has the value, unit and qualifier a
-- statistician would read.
CREATE TABLE report_figures (n int PRIMARY KEY, subject text, figure text);
INSERT INTO report_figures VALUES
 (1, '在建投资规模', '50亿元以上'),
 (2, '重大项目总投资', '超过1800亿元'),
 (3, '开工建设的重大项目', '181个'),
 (4, '重点产业链', '24条'),
 (5, '新兴产业专业园区', '15个'),
 (6, '挂牌运营的专业园区', '4个'),
 (7, '在建制造业大项目投资', '50亿元以上'),
 (8, '在建50亿元以上制造业大项目', '达到20个'),
 (9, '实施类省、市重点项目', '380个'),
 (10, '今年省、市重点项目', '565个'),
 (11, '计划总投资', '1.4万亿元'),
 (12, '老旧小区改造', '318个'),
 (13, '城中村改造项目', '29个'),
 (14, '山头公园整治', '60个'),
 (15, '市政道路项目通车', '50个'),
 (16, '全域腾空土地', '3万多亩'),
 (17, '导入产业项目', '200余个'),
 (18, '高新技术企业', '突破6600家'),
 (19, '国家科技型中小企业', '超过7000家'),
 (20, '人才总量', '突破260万'),
 (21, '刑事警情', '同比下降15.3%'),
 (22, '破获刑事案件', '同比提升3.6%'),
 (23, '文明城市整治攻坚行动', '12项'),
 (24, '强化就业优先新政', '18条'),
 (25, '促进青年群体就业政策', '15条'),
 (26, '新增城镇就业', '36.4万人'),
 (27, '新建、改扩建中小学和幼儿园', '112所'),
 (28, '养老机构', '309家'),
 (29, '医养结合机构', '168家'),
 (30, '困难群众救助标准', '提高10%'),
 (31, '农村特困救助标准', '提高15%'),
 (32, '省级美丽乡村示范村', '33个'),
 (33, '市级美丽乡村示范村', '100个'),
 (34, '农村居民人均可支配收入', '27701元'),
 (35, '政务服务能力位列第一梯队', '四年'),
 (36, '入选全国城市前十位', '两年'),
 (37, '发展方向', '四个');
-- Not figures, so not here: years (2022年), ordinals and ranks (第十三次, 第七位, 前十位),
-- plan and slogan names (十四五, 一二三四六十, 5个1, 四个全生命周期, 两个确立, 十大攻坚行动).

SELECT n, subject, figure,
       figure::indicator AS parsed,
       figure::indicator::text = figure AS prints_back,
       figure::indicator::numeric AS value,
       unit(figure::indicator) AS unit,
       qualifier_class(figure::indicator) AS qualifier,
       is_change(figure::indicator) AS change
FROM report_figures ORDER BY n;

-- Re-reading the output gives an equal value with the same text.
SELECT count(*) AS figures,
       count(*) FILTER (WHERE figure::indicator::text::indicator = figure::indicator
                          AND figure::indicator::text::indicator::text = figure) AS round_trips
FROM report_figures;

-- Sorted: by dimension, then value, then qualifier.
SELECT figure::indicator AS figure, dimension(figure::indicator)
FROM report_figures WHERE n <= 34 ORDER BY figure::indicator, n;
