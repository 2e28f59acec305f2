#!/usr/bin/env python3
"""Print the offsets (characters, comma-separated) at which the texts of a labelled batch
start in its NAME.txt: a text starts after each run of '#' comment lines of NAME.src (its
address), as mklabels.py writes the text.  score.sh uses them with BLIND_PER_TEXT=1.

    python3 test/blind/labels/textstarts.py test/blind/labels/NAME.src"""
import re, sys

FIG = r'\{([^{}|]+)\|(-?[0-9.]+)\|([^{}|]*)\|(exact|lt|le|approx_below|approx|ge|gt|open)\|(level|change)(?:\|([tl]*))?\}'
TRAP = r'<([^<>|]+)\|([a-z-]+)>'


def plain(s):
    return re.sub(FIG + '|' + TRAP, lambda m: m.group(1) if m.group(1) is not None else m.group(7), s)


starts, length, prev_comment = [0], 0, False
for line in open(sys.argv[1], encoding='utf-8').read().splitlines(True):
    if line.startswith('#'):
        if not prev_comment and length > 0:
            starts.append(length)
        prev_comment = True
        continue
    prev_comment = False
    length += len(plain(line))
print(','.join(str(s) for s in sorted(set(starts))))
