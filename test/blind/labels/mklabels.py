#!/usr/bin/env python3
"""Turn a hand-labelled batch (test/blind/labels/NAME.src) into the plain text
test/blind/NAME.txt, its figures NAME.tsv and its traps NAME.traps.tsv.

    python3 test/blind/labels/mklabels.py test/blind/labels/*.src

Mark-up (written by hand, before anything of the project ran on the text):
  {span|value|unit|qualifier|kind}        a statistical figure as printed
  {span|value|unit|qualifier|kind|flags}  flags: t = a plan target, l = a list member whose
                                          change, sign or unit comes from the list's verb
  <span|class>                            a numeral that is not a statistic (a trap), or
                                          class "neutral": an index value or bare number
                                          that is neither required nor wrong to report
value: the number in its unit with the magnitude applied, negative for a decline;
unit: the simplified spelling ('' for none); qualifier: exact, lt, le, approx_below,
approx, ge, gt, open; kind: level or change.
A line starting with '#' is a comment and is dropped from the text.
Warns about every ASCII or full-width digit left outside a figure or a trap."""
import os, re, sys

FIG = r'\{([^{}|]+)\|(-?[0-9.]+)\|([^{}|]*)\|(exact|lt|le|approx_below|approx|ge|gt|open)\|(level|change)(?:\|([tl]*))?\}'
TRAP = r'<([^<>|]+)\|([a-z-]+)>'
status = 0
for src in sys.argv[1:]:
    s = ''.join(l for l in open(src, encoding='utf-8').read().splitlines(True)
                if not l.startswith('#'))
    out, figs, traps, pos, n = [], [], [], 0, 0
    for m in re.finditer(FIG + '|' + TRAP, s):
        out.append(s[pos:m.start()])
        start = sum(len(x) for x in out)
        if m.group(1) is not None:
            span = m.group(1)
            flags = m.group(6) or ''
            figs.append((start, start + len(span), span, m.group(2), m.group(3), m.group(4),
                         m.group(5), 't' in flags, 'l' in flags))
        else:
            span = m.group(7)
            traps.append((start, start + len(span), span, m.group(8)))
        out.append(span)
        pos = m.end()
    out.append(s[pos:])
    text = ''.join(out)
    for ch in '{}<>':
        if ch in text:
            i = text.index(ch)
            print(f'{src}: stray {ch!r} at {i}: {text[max(0, i - 20):i + 20]!r}')
            status = 1
    covered = [False] * len(text)
    for r in figs + traps:
        for i in range(r[0], r[1]):
            covered[i] = True
    for m in re.finditer(r'[0-9０-９]+', text):
        if not all(covered[m.start():m.end()]):
            print(f'{src}: digits outside labels at {m.start()}: {text[max(0, m.start() - 12):m.end() + 8]!r}')
            status = 1
    base = os.path.join(os.path.dirname(os.path.abspath(src)), '..', os.path.basename(src)[:-4])
    open(base + '.txt', 'w', encoding='utf-8').write(text)
    with open(base + '.tsv', 'w', encoding='utf-8') as f:
        f.write('ord\tstart\tstop\ttext\tvalue\tunit\tqualifier\tkind\ttarget\tlist\n')
        for i, r in enumerate(figs, 1):
            assert text[r[0]:r[1]] == r[2]
            f.write('\t'.join([str(i), str(r[0]), str(r[1]), r[2], r[3], r[4], r[5], r[6],
                               't' if r[7] else 'f', 't' if r[8] else 'f']) + '\n')
    with open(base + '.traps.tsv', 'w', encoding='utf-8') as f:
        f.write('start\tstop\ttext\tclass\n')
        for r in traps:
            f.write('\t'.join([str(r[0]), str(r[1]), r[2], r[3]]) + '\n')
    print(os.path.basename(base), len(text), 'chars', len(figs), 'figures',
          sum(1 for r in figs if r[7]), 'targets', sum(1 for r in traps if r[3] != 'neutral'), 'traps')
sys.exit(status)
