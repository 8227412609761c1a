#!/usr/bin/env python3
"""Independent count of police.uk street rows for an area, written without looking at the Java code.

Usage: count_area.py [--residents N] AREA END FOLDER [FOLDER ...]
Rules (SPEC 1.1-1.3): files are read in the order given, each folder walked in sorted path order; a
later file's (Reported by, Month) partition replaces an earlier one's; within a partition a row with
a non-blank Crime ID identical to an earlier row is dropped; area rows are those whose LSOA name is
AREA + ' ' + an LSOA number (any case). Prints per crime type current12 and previous12 to END;
with --residents N also the change % (1 dp, none when either count is under 10) and current12 per
1,000 of N residents (1 dp), as the report's summary shows them.
"""
import csv, gzip, io, os, re, sys
from collections import Counter

def files(folder):
    out = []
    for root, _, names in os.walk(folder):
        for n in names:
            if n.endswith('.csv') or n.endswith('.csv.gz'):
                out.append(os.path.join(root, n))
    return sorted(out, key=lambda p: p.split(os.sep))

def rows(path):
    raw = gzip.open(path, 'rb').read() if path.endswith('.gz') else open(path, 'rb').read()
    text = raw.decode('utf-8-sig')
    r = csv.reader(io.StringIO(text, newline=''))
    header = [h.strip().lower() for h in next(r)]
    if header[-1] != 'context':
        return None  # not a street file
    return list(r)

def main():
    args = sys.argv[1:]
    residents = None
    if args[0] == '--residents':
        residents, args = int(args[1]), args[2:]
    area, end = args[0].lower(), args[1]
    y, m = map(int, end.split('-'))
    def minus(k):
        i = y * 12 + m - 1 - k
        return '%04d-%02d' % (i // 12, i % 12 + 1)
    cur = {minus(k) for k in range(12)}
    prev = {minus(k) for k in range(12, 24)}
    partitions = {}
    for folder in args[2:]:
        for f in files(folder):
            rs = rows(f)
            if rs is None:
                continue
            parts = {}
            for row in rs:
                parts.setdefault((row[2], row[1]), []).append(row)
            for key, prs in parts.items():
                seen, kept = set(), []
                for row in prs:
                    t = tuple(row)
                    if row[0] and t in seen:
                        continue
                    seen.add(t)
                    kept.append(row)
                partitions[key] = kept
    pat = re.compile(re.escape(area) + r' \d{3}[a-z]$')
    c12, p12 = Counter(), Counter()
    for kept in partitions.values():
        for row in kept:
            if pat.match(row[8].lower()):
                if row[1] in cur: c12[row[9]] += 1
                if row[1] in prev: p12[row[9]] += 1
    for t in sorted(set(c12) | set(p12)):
        if residents is None:
            print('%s\t%d\t%d' % (t, c12[t], p12[t]))
            continue
        a, b = c12[t], p12[t]
        pct = 'n/a' if a < 10 or b < 10 else '%+.1f%%' % (100.0 * (a - b) / b)
        print('%s\t%d\t%d\t%s\t%.1f' % (t, a, b, pct, 1000.0 * a / residents))
    print('TOTAL\t%d\t%d' % (sum(c12.values()), sum(p12.values())))

main()
