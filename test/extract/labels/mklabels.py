#!/usr/bin/env python3
"""Turn a marked-up text (labels/NAME.src: {span|subject|kind|period[|value]}) into the
plain text test/extract/NAME.txt and its labels test/extract/NAME.tsv.

    python3 test/extract/labels/mklabels.py test/extract/labels/*.src

period codes: Y2023 (a year), R2021-2025 (years), M2023-10 (a month), YTD2023-10
(January to that month), Q2023-1 or Q2023-1..3 (quarters), H2023-1 (a half), - (none);
value: the figure or target as the type reads it, when the span alone is not it."""
import os, re, sys

def period_range(code):
    if code == '-':
        return ''
    m = re.fullmatch(r'Y(\d{4})', code)
    if m:
        y = int(m.group(1)); return f'[{y}-01-01,{y+1}-01-01)'
    m = re.fullmatch(r'R(\d{4})-(\d{4})', code)
    if m:
        return f'[{m.group(1)}-01-01,{int(m.group(2))+1}-01-01)'
    m = re.fullmatch(r'M(\d{4})-(\d+)', code)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        ny, nm = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return f'[{y}-{mo:02d}-01,{ny}-{nm:02d}-01)'
    m = re.fullmatch(r'YTD(\d{4})-(\d+)', code)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        ny, nm = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return f'[{y}-01-01,{ny}-{nm:02d}-01)'
    m = re.fullmatch(r'Q(\d{4})-(\d)(?:\.\.(\d))?', code)
    if m:
        y, a = int(m.group(1)), int(m.group(2)); b = int(m.group(3) or a)
        em = 3 * b + 1
        end = f'{y+1}-01-01' if em == 13 else f'{y}-{em:02d}-01'
        return f'[{y}-{3*a-2:02d}-01,{end})'
    m = re.fullmatch(r'H(\d{4})-(\d)', code)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return f'[{y}-01-01,{y}-07-01)' if h == 1 else f'[{y}-07-01,{y+1}-01-01)'
    raise SystemExit('bad period ' + code)

for src in sys.argv[1:]:
    s = open(src, encoding='utf-8').read()
    out, rows, pos = [], [], 0
    for m in re.finditer(r'\{([^{}|]+)\|([^{}|]*)\|(level|change|target)\|([^{}|]+)(?:\|([^{}|]+))?\}', s):
        out.append(s[pos:m.start()])
        start = sum(len(x) for x in out)
        span = m.group(1)
        out.append(span)
        rows.append((start, start + len(span), span, m.group(2), m.group(5) or span,
                     period_range(m.group(4)), m.group(3)))
        pos = m.end()
    out.append(s[pos:])
    text = ''.join(out)
    assert '{' not in text and '}' not in text, src
    base = os.path.join(os.path.dirname(os.path.abspath(src)), '..', os.path.basename(src)[:-4])
    open(base + '.txt', 'w', encoding='utf-8').write(text)
    with open(base + '.tsv', 'w', encoding='utf-8') as f:
        f.write('ord\tstart\tstop\ttext\tsubject\tvalue\tperiod\tkind\n')
        for i, r in enumerate(rows, 1):
            assert text[r[0]:r[1]] == r[2]
            f.write('\t'.join([str(i), str(r[0]), str(r[1]), r[2], r[3], r[4], r[5], r[6]]) + '\n')
    print(os.path.basename(base), len(text), 'chars', len(rows), 'rows')
