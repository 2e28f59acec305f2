#!/usr/bin/env python3
"""Write test/extract/NAME.traps.tsv for each labelled text: every occurrence of a
numeral that is not a statistic, with its trap class (not inside a labelled figure: run
mklabels.py first).  indicator_extract must report no
row overlapping one, and no label may overlap one.

    python3 test/extract/labels/traps.py"""
import os, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
traps = {
 'city_report': [('2023年','year'),('二十大','slogan'),('两个确立','slogan'),('第十三届','ordinal'),('一二三四六十','slogan'),
   ('第二位','ordinal'),('第一产业','ordinal'),('第二产业','ordinal'),('第三产业','ordinal'),('三次产业','word'),('2.9∶35.3∶61.8','ratio'),('3月5日','date'),('5G','product'),('4A级','grade'),
   ('一流','word'),('万家民营企业','word'),('两年','duration'),('前十位','ordinal'),('一批','word'),('最后一公里','word'),('PM2.5','product'),
   ('第一。','ordinal'),('（一）','numbering'),('（二）','numbering'),('（三）','numbering'),('（四）','numbering'),('（五）','numbering'),('（六）','numbering'),
   ('（七）','numbering'),('（八）','numbering'),('（九）','numbering'),('①','footnote'),('2024年1月17日','date'),('2019年','year'),('四港','word'),('十大攻坚行动','word'),
   ('一体推进','word'),('三个县级市','word'),('百强县','word'),('第十三位','ordinal')],
 'national_communique': [('2023年','year'),('[1]','footnote'),('[2]','footnote'),('二十大','slogan'),('一年来','duration'),('一、','numbering'),('二、','numbering'),
   ('三、','numbering'),('四、','numbering'),('五、','numbering'),('六、','numbering'),('七、','numbering'),('八、','numbering'),('九、','numbering'),('十、','numbering'),
   ('第一产业','ordinal'),('第二产业','ordinal'),('第三产业','ordinal'),('5G','product'),('PM2.5','product'),('第十四届','ordinal'),('第一次','ordinal'),('3月5日','date'),
   ('三次产业','word'),('每十万人','per-base')],
 'work_report': [('2024年','year'),('2023年','year'),('1月8日','date'),('第十八届','ordinal'),('第三次','ordinal'),('一、','numbering'),('二、','numbering'),('三、','numbering'),
   ('二十大','slogan'),('（一）','numbering'),('（二）','numbering'),('（三）','numbering'),('（四）','numbering'),('（五）','numbering'),('一批','word'),('第四位','ordinal'),
   ('一老一小','slogan'),('5G','product'),('4A级','grade'),('30条','slogan'),('万家民营企业','word'),('前十位','ordinal'),('两年','duration'),('十四五','plan'),('关键一年','duration'),
   ('第一，','numbering'),('第二，','numbering'),('第三，','numbering'),('第四，','numbering'),('第五，','numbering'),('一流','word'),('最后一公里','word'),('一处','word'),
   ('2025年','year'),('PM2.5','product'),('二级','grade'),('两个维护','slogan'),('一网统管','slogan')],
 'county_monthly': [('2023年1-10月','period'),('2023年11月17日','date'),('一、','numbering'),('二、','numbering'),('三、','numbering'),('四、','numbering'),('五、','numbering'),
   ('六、','numbering'),('七、','numbering'),('八、','numbering'),('九、','numbering'),('1-10月','period'),('第二位','ordinal'),('一季度','period'),('10月份','period'),('4A级','grade'),
   ('5G','product'),('10月末','period'),('前三季度','period'),('最后一公里','word'),('一批','word'),('一流','word'),('一是','numbering'),('二是','numbering'),('三是','numbering'),
   ('第二批次','ordinal'),('两个省级','word'),('十四五','plan'),('1.本','numbering'),('2.部分','numbering'),('3.“1-9月”','numbering')],
 'dept_summary': [('2023年','year'),('2024年','year'),('一、','numbering'),('二、','numbering'),('三、','numbering'),('（一）','numbering'),
   ('（二）','numbering'),('（三）','numbering'),('（四）','numbering'),('（五）','numbering'),('（六）','numbering'),('（七）','numbering'),
   ('“12328”','name'),('一件事一次办','slogan'),('一是','numbering'),('二是','numbering'),('三是','numbering'),('最后一公里','word'),
   ('十四五','plan'),('一体化','word')],
 'news_halfyear': [('7月19日','date'),('2023年上半年','period'),('一季度','period'),('第一产业','ordinal'),('第二产业','ordinal'),('第三产业','ordinal'),('七成','word'),
   ('三新','slogan'),('6月份','period'),('至2019年','year'),('A级','grade'),('5A级','grade'),('一带一路','slogan'),('6月末','period'),('第五次','ordinal'),
   ('三个年','slogan'),('十四五','plan'),('二季度','period'),('5G','product'),('十三个设区市','word'),('41个工业大类行业','modifier'),('图表','word')],
 'reader_county_plan': [('2023年','year'),('2024年','year'),('一、','numbering'),('二、','numbering'),('三、','numbering'),
   ('十四五','plan'),('第一产业','ordinal'),('第二产业','ordinal'),('第三产业','ordinal')],
 'plan_trad': [('2025年','year'),('22日','date'),('二十大','slogan'),('兩城','slogan'),('十五五','plan'),('十四五','plan'),('四高四爭先','slogan')],
 'plan_mainland': [('(一)','numbering'),('1.','numbering'),('1月11日','date'),('2.','numbering'),('2019年','year'),('2024年','year'),('2025年','year'),
   ('〔2025〕','year'),('2025年2月26日','date'),('2026年','year'),('2026年2月3日','date'),('3.','numbering'),('3号','numbering'),('4.','numbering'),('一、','numbering'),
   ('二十大','slogan'),('五区共兴','slogan'),('八大行动','slogan'),('十个统筹','slogan'),('十四五','plan'),('四化同步','slogan'),('近5年','duration')],
 'zhejiang_communique': [('2.9:38.6:58.5','ratio'),('2.9∶39.2∶57.9','ratio'),('2023年','year'),('2024年','year'),('[1]','footnote'),('[2]','footnote'),('一、','numbering'),
   ('二十大','slogan'),('八八战略','slogan'),('十项重大工程','slogan'),('第一、二、三产业','ordinal')],
 'macau_taiwan': [('106年11月','date'),('106年第4季','period'),('107年','year'),('11月18日','date'),('13日','date'),('2/13 19:15','date'),('2006年','year'),
   ('2018/2/13 16:41','date'),('2025年','year'),('2025年9月底','date'),('2026年','year'),('4月','date'),('7月至9月','period'),('八月','date'),('前三季','period'),
   ('十月底','date'),('第三季','period'),('第四季','period'),('連續十九年','duration')],
}
for name, items in traps.items():
    text = open(name + '.txt', encoding='utf-8').read()
    # a trap word inside a labelled figure is part of it (比一季度加快1.2个百分点, 接近七成)
    labels = [tuple(map(int, l.split('\t')[1:3]))
              for l in open(name + '.tsv', encoding='utf-8').read().splitlines()[1:] if l]
    rows = []
    for sub, cls in items:
        start = 0; found = False
        while True:
            k = text.find(sub, start)
            if k < 0: break
            found = True
            if not any(a < k + len(sub) and k < b for a, b in labels):
                rows.append((k, k + len(sub), sub, cls))
            start = k + 1
        if not found: sys.exit(f'{name}: trap {sub} not found')
    rows.sort()
    with open(name + '.traps.tsv', 'w', encoding='utf-8') as f:
        f.write('start\tstop\ttext\tclass\n')
        for r in rows: f.write('%d\t%d\t%s\t%s\n' % r)
    print(name, len(rows), 'traps')
