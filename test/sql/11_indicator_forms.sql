-- Every form of the spec's input table: what it reads as, and its canonical output.
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value,
       unit(f::indicator), qualifier(f::indicator), qualifier_class(f::indicator),
       basis(f::indicator), is_change(f::indicator)
FROM unnest(ARRAY[
  -- digits
  '27701', '27,701', '36.4', '-3', '１８００', '３６．４', '２７，７０１', '36.40万人', '0.5',
  -- Chinese and financial numerals, mixed forms
  '一千八百', '三十六点四', '两万', '十四', '零点五', '负三', '壹仟捌佰元', '贰拾叁亿伍仟万元',
  '二十三亿五千万元', '3万5千', '1.4万亿', '一百零五', '一千八百五', '一万五', '二〇二二',
  -- magnitudes and units, longest match first (兆瓦 is a unit; 兆 before a currency is 万亿, below)
  '5十万元', '3百万人', '5千万元', '2十亿元', '3百亿元', '4千亿元', '1万亿元',
  '3千米', '2万千瓦时', '5千瓦', '1兆瓦', '1800 亿元',
  '1亩', '1公顷', '2平方公里', '3平方千米', '100平方米', '5公里', '3厘米', '2毫米',
  '3吨', '5公斤', '500克', '2斤', '10立方米', '5升', '100度', '2吨标准煤', '3万标准箱',
  '3年', '6个月', '30天', '30日', '12小时', '5美元', '3欧元', '2港元', '100日元', '5角', '3分',
  '1.5万元/人', '0.5吨/万元', '300人/平方公里', '2万元/亩',
  '3家', '2所', '5项', '7条', '4座', '100户', '20名', '3位', '12万人次', '8辆', '6台', '9套',
  '11件', '3处', '2批', '5次', '4只', '30头', '6张', '2部', '3艘', '4架', '5列', '6栋', '8间',
  '500床', '20篇', '30份',
  -- qualifiers
  '超过6%', '超6%', '逾6%', '多于6%', '高于6%', '大于6%', '突破6%', '不低于6%', '至少6%',
  '达到6%', '达6%', '不到3%', '不足3%', '不满3%', '低于3%', '少于3%', '小于3%', '不超过3%',
  '不高于3%', '最多3%', '至多3%', '约5%', '大约5%', '大概5%', '近5%', '将近5%', '接近5%',
  '6%以上', '3%以下', '3%以内', '5%左右', '5%上下', '达到50亿元以上',
  -- 多 / 余
  '3万多亩', '200余个', '1800多亿元', '3亩多', '三十多万人', '百余个', '10余万人',
  -- percent forms
  '15.3%', '15.3％', '百分之十五点三', '5‰', '千分之五', '2个百分点', '2百分点', '1倍',
  -- changes
  '同比增长5.2%', '同比下降15.3%', '比上年增长3.0%', '环比回落0.2个百分点', '提高10%',
  '增加1.2万人', '增长1倍', '翻一番', '翻两番', '持平', '同比持平', '较去年同期增长8%',
  '比年初增加3万户', '增长超过5%', '下降3%以上', '同比增长了12.9%', '降低2.5%左右'
]) WITH ORDINALITY AS t(f, i) ORDER BY i;

-- Issue 16: one normalisation (traditional script, full width, white space between tokens,
-- 点 decimals of Chinese digits) and the forms of unseen published texts.
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value,
       unit(f::indicator), qualifier_class(f::indicator), basis(f::indicator),
       is_change(f::indicator)
FROM unnest(ARRAY[
  -- normalisation
  '同比下降 6.4%', '增长12 %', '2,300 元', U&'增长接近\2009\202F40%', '1,024 萬 3 千人',
  '年減六.三%', '二．八七％', '三四七.一五億元', '百分之二十一點七', '2 千 瓦',
  -- 兆 before a currency or with an 亿 part is 万亿
  '1.2兆元', '二兆三四一億元', '十一兆六○二七億元', '3兆新台幣', '5兆3000亿',
  -- changes
  '负增长1.8%', '-0.5‰', '净增1.2万人', '递增5%', '削减10%', '缩减2%', '缩短0.7日',
  '平均上涨2.1%', '按年实质增长116.1%', '调高0.25个百分点', '减幅为6.5%', '增幅达48.3%',
  '升幅达284.1%', '增长率5.2%', '同比分别增长30.5%', '同比分别大增10.4倍', '微跌0.2%',
  '27.4%的增幅', '3.8%升幅', '16.6%的增長', '61.5%之按年增幅', '减至约18.8万个',
  -- bases
  '比上年同期高2.6个百分点', '比上年低0.3个百分点', '比上月快0.3个百分点', '比上年多5人',
  '比2015年末增长10%', '同比去年增长5%', '比1至8月份回落0.5个百分点',
  '较上年度修订预算上升百分之二十三点三', '与上年持平', '基本持平',
  -- qualifiers, tenths, a magnitude with no digit, mixed notation
  '破8%', '约占30%', '7.5億歐元或以上', '七成三', '突破万亿元', '超過億元', '3万6200元',
  '205万318个',
  -- units
  '7264亿元人民币', '3316.17亿人民币', '3000亿新台币', '3794.78億澳門元', '79.3岁', '2.7日',
  '1.5晚', '3.5万头只', '50口', '2.1亿单'
]) WITH ORDINALITY AS t(f, i) ORDER BY i;
SELECT dimension('3000亿新台币'::indicator), dimension('5澳门元'::indicator),
       dimension('1.5晚'::indicator), dimension('50口'::indicator);
-- refused, never misread: 兆 elsewhere, 千兆 (gigabit), a range of two digits, trade balances
SELECT try_indicator(f) AS reading, f
FROM unnest(ARRAY['5兆', '千兆', '千兆宽带', '二三万', '出超1571.4亿美元', '入超50亿美元',
                  '-5%的降幅', '万亿元']) AS t(f);
SELECT '千兆'::indicator;
SELECT '二三万人'::indicator;
SELECT '出超1571.4亿美元'::indicator;
SELECT '-5%的降幅'::indicator;
-- Blind batches 5-7 (issue 16): 控制在 before a capped level, 不及, 达到了, adverbs before a
-- verb (实质, 累计), bases in 底, a verb then 为 (the level reached), 高于/低于 a reference,
-- 国, a Latin O for 零, a verb then a qualifier, mixed 万…千 after a verb.
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value,
       unit(f::indicator), qualifier_class(f::indicator), basis(f::indicator),
       is_change(f::indicator)
FROM unnest(ARRAY[
  '控制在 3% 以內', '控制在百分之四以內', '不及1.0%', '达到了366.7亿吨', '实质上升百分之五点九',
  '累計下修1.44個百分點', '較上月底增1萬人', '比上年底增长3%', '略降為3.6%', '微升為2.4%',
  '降为3%', '低於預測值1.41個百分點', '高于全国1.5个百分点', '比全国平均水平高2个百分点',
  '34國', '近五百O七億元', '增約7,100人', '增加1萬9千人', '增12萬5千人'
]) WITH ORDINALITY AS t(f, i) ORDER BY i;
-- refused: 控制在 without a cap or on a change, a qualifier written twice, a one-character
-- comparative after the figure
SELECT try_indicator(f) AS reading, f
FROM unnest(ARRAY['控制在3%', '控制在增长3%以内', '3万元多多', '3%以上以上', '3%高']) AS t(f);
SELECT '3万元多多'::indicator;
SELECT '控制在3%'::indicator;
-- issue 16, third round: a currency in 币 before the number names the 元 after it; units
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value,
       unit(f::indicator), dimension(f::indicator), is_change(f::indicator)
FROM unnest(ARRAY[
  '新臺幣1,234億元', '新臺幣 4 萬 8,529 元', '港幣1.2萬元', '澳門幣3,000元', '人民币5000元',
  '新台币1,234亿', '增加新台币12亿元', '6.7亿港幣', '7.8万英镑', '1.2万亿韩元', '5.6万辆次',
  '1.2万箱', '3.4万场', '120场次', '8.9万尾', '1.2万幢', '8.9美元/桶'
]) WITH ORDINALITY AS t(f, i) ORDER BY i;
SELECT try_indicator(f) AS reading, f
FROM unnest(ARRAY['新台币3亿美元', '港币3亿港元', '美元3亿元', '新台币']) AS t(f);
SELECT '新台币3亿美元'::indicator;
-- Taiwan's words of decline and its monthly rate; 美金, 日圓
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value, unit(f::indicator),
       is_change(f::indicator)
FROM unnest(ARRAY['衰退3.2%', '年衰退3.2%', '較上年同期衰退1.5%', '負成長3.2%', '月增率0.5%',
                  '月增率-0.5%', '1,200億美金', '3,000億日圓']) WITH ORDINALITY AS t(f, i) ORDER BY i;
-- 高于/低于 a period basis; the climate's norm
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value, basis(f::indicator)
FROM unnest(ARRAY['高于上年0.8个百分点', '低于去年同期1.2个百分点', '比常年偏多12.3%',
                  '比多年平均值偏多7.3%', '較多年平均偏少5%']) WITH ORDINALITY AS t(f, i) ORDER BY i;
-- adverbs of intensity and 已 before a verb: read, not kept
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value, is_change(f::indicator)
FROM unnest(ARRAY['銳減逾5千億', '暴跌12%', '骤降3.1个百分点', '暴增至 3490 人', '已增至 307 萬人'])
     WITH ORDINALITY AS t(f, i) ORDER BY i;
-- helper tune20: copulas, 占/比重, 年升/月跌, 相较, 可比/累积, a rate noun before 高于 a basis,
-- 半成, 未满, 分别 before a qualifier, 目标为, a parenthetical before 以上
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value, unit(f::indicator),
       is_change(f::indicator)
FROM unnest(ARRAY['是5.3亿元', '共3万人', '折合10209美元', '占30%', '比重为30%', '年升3%',
                  '月跌2%', '相较上年增长5%', '可比增长5%', '累计增幅为5%',
                  '增速高于全国0.5个百分点', '半成', '提高半个百分点', '未满18岁',
                  '分别突破300亿元', '增速分别为-3.2%', '增长目标为7.5%以上',
                  '1700億元(人民幣,下同)以上']) WITH ORDINALITY AS t(f, i) ORDER BY i;
-- (占全省30% reads since stop 30: a share of a named whole, the whole read and not kept)
SELECT try_indicator(f) AS reading, f
FROM unnest(ARRAY['是增长5%', '占全省30%', '比重增长3%', '半年', '降幅高于全国1个百分点',
                  '1700亿元(约合250亿美元)以上']) AS t(f);
-- stop 28 (blind batches 32-36): 跌破 (under a mark), 不得超过, 多达, 共有, 计, 录得 before a
-- change named after the figure, an intensity word before it, 流失, 各, 约达, 按可比价计算, a
-- share's change in points
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value, unit(f::indicator),
       is_change(f::indicator)
FROM unnest(ARRAY['跌破124萬人', '不得超過8個', '不得低于90%', '多達二〇七萬人次', '共有32.64万个',
                  '計239人', '錄得4.8%的增長', '20.3%的強勁增幅', '流失約600人', '各增2千人',
                  '減少約達7.29%', '按可比价计算增长8.5%', '比重比上年提高0.01个百分点'])
     WITH ORDINALITY AS t(f, i) ORDER BY i;
SELECT try_indicator(f) AS reading, f
FROM unnest(ARRAY['录得5%', '20.3%的企业增幅', '超过达5%', '占比增长3%', '不得8个']) AS t(f);
-- stop 29 (blind batches 40, 41, 45): a sign after a verb of rising (negative growth),
-- 收缩/萎缩, 日均 before a verb, a rate noun held (维持在), a remark on a rate's size before
-- its copula, 年度 after a year of a basis, 大关 after a figure with a qualifier
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value, unit(f::indicator),
       is_change(f::indicator)
FROM unnest(ARRAY['增长-12.7%', '年增-5.8%', '比上年同期增长-8.7%', '增长+3%', '按年實質收縮23.4%',
                  '萎缩5%', '較去年日均亦上升1.9%', '成長率則維持在0.6%', '升幅較大,達16.7%',
                  '減幅更大,達33%', '較113年度同期增加39億元', '突破10萬大關', '610.8mm',
                  '5.03平方公尺', '較上一期(7月至9月)下跌0.1個百分點', '比常年值偏少5.9%',
                  '比去年全年加快4.5個百分點', '高于全区增速2个百分点', '攀升5%', '凈減1074公里',
                  '年增長5.4%', '高於全中國0.4個百分點', '609525头(只)', '降幅比前5個月減少1.7%',
                  '較二零二零年同月上升26.4%', '按年則錄得增加22%'])
     WITH ORDINALITY AS t(f, i) ORDER BY i;
SELECT try_indicator(f) AS reading, f
FROM unnest(ARRAY['下降-3%', '回落-1%', '日均5万人', '升幅較大,16.7%', '10万大关',
                  '较上年同期(3.2%)增长5%', '比全省生产总值增速快0.2个百分点']) AS t(f);
-- the picul converts as mass (50 kg); 各占 and (的)水平 read and not kept
SELECT to_unit('30万担'::indicator, '吨') AS in_tonnes, '各占11.2%'::indicator AS share,
       '保持在1.6%的水平'::indicator AS level;
-- stop 31 (blind batches 86-97, opened): arabic digits below 百/千 (Macau budgets), totals,
-- a comparison's comma, 进一步, 相同, 录得 an amount, 持续在, 高出/超过 a reference, 则高达,
-- and the counts 票, 瓶, 盏
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value, unit(f::indicator),
       is_change(f::indicator)
FROM unnest(ARRAY['1千1百52億1千8百60萬1千6百元', '合共37億5千6百69萬3千元', '總計45.6萬棟',
                  '合占8成8', '與去年九月比較,亦下跌19.5%', '較二〇一八年同期進一步下跌百分之4.7',
                  '與上年相同', '錄得203.5億澳門元', '持續在70萬人以上', '累计占比11.2%',
                  '增速高出全市6.6個百分點', '超过全市增速0.4个百分点', '超出目標304億元',
                  '則高達96.12%', '29萬6155票', '2.6萬余瓶', '1000盏'])
     WITH ORDINALITY AS t(f, i) ORDER BY i;
SELECT try_indicator(f) AS reading, f
FROM unnest(ARRAY['1千23', '一百12', '与上年相比，5%', '超过上年5%', '录得5%', '超过3万多亩',
                  '1組']) AS t(f);
-- stop 32 (blind batches 99, 103-108, opened): a plan table's signs as qualifiers, printed as
-- written, and compared by their class
SELECT f AS input, f::indicator AS output, qualifier(f::indicator), qualifier_class(f::indicator),
       indicator_range(f::indicator, 0) AS range
FROM unnest(ARRAY['≥80%', '≤ 5%', '>3万人', '<1%', '≧90分', '＞3万人', '＜35微克/立方米', '增长≥5%'])
     WITH ORDINALITY AS t(f, i) ORDER BY i;
SELECT try_indicator(f) AS reading, f FROM unnest(ARRAY['=5%', '≥', '≥约5%']) AS t(f);
-- b111 (opened): Taiwan's 前1年, 调升/调降, 调至, 首破
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value, basis(f::indicator),
       is_change(f::indicator)
FROM unnest(ARRAY['較前1年增加137億元', '比前一年同期增长5%', '調降0.25個百分點', '調升至2.54%',
                  '調至 27,470 元', '首破3萬美元'])
     WITH ORDINALITY AS t(f, i) ORDER BY i;
-- b116, b103 (opened): 设定为 (set at) and 目标定在 before the planned change
SELECT f AS input, f::indicator AS output, f::indicator::numeric AS value, is_change(f::indicator)
FROM unnest(ARRAY['平均增速設定為7.5%左右', '增长目标定在6.5%以上']) WITH ORDINALITY AS t(f, i) ORDER BY i;
SELECT try_indicator(f) AS reading, f FROM unnest(ARRAY['设定为5%', '增长设定5%']) AS t(f);
-- b115 (opened): 台阶 after a figure with a qualifier, as 大关
SELECT '邁上700億元臺階'::indicator AS step, try_indicator('700亿元台阶') AS without_qualifier;
-- b123 (opened): 錄 alone before an amount, as 录得
SELECT '錄4,198宗'::indicator AS registrations, '錄約368.96億元'::indicator AS amount,
       try_indicator('錄5%') AS bare_rate;
-- b127 (opened): a rounded figure's exact number in brackets; 维持为 as 维持在
SELECT f AS input, try_indicator(f) AS reading, try_indicator(f)::numeric AS value
FROM unnest(ARRAY['129萬(1,294,404)元', '100萬(1,009,193)元', '129萬(1,394,404)元', '維持為5.5年'])
     WITH ORDINALITY AS t(f, i) ORDER BY i;
SELECT '有3.9萬人'::indicator AS there_were, try_indicator('有增长5%') AS before_change,
       try_indicator('有望增长5%') AS expected_to;
