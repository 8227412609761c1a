#!/usr/bin/env python3
"""Independent count of London's MPS borough total for one major category, written without the Java code.

Usage: london_mps.py END MAJOR INPUT [INPUT ...]   (INPUT: a .csv/.csv.gz file or a folder of them)
  e.g. london_mps.py 2023-02 BURGLARY ../shared/real-data/mps/borough

London: every borough row outside the pseudo-boroughs (airport, aviation, heathrow, unknown, blank).
Release (SPEC 1.4): releases ranked newest first by last month, then later first month; the 24 months
previous12 + current12 come from the first-ranked release holding all of them; only when none does is
each month taken from the first-ranked release that has it (a splice), and a month no release has is
missing, so its window has no count. Prints the release of each run of months and the two 12-month
counts (and the change, 1 dp).
"""
import csv, gzip, os, re, sys

def up(s):
    return re.sub(r'\s+', ' ', s.strip()).upper()

def months_to(end, n):
    y, m = map(int, end.split('-'))
    out = []
    for _ in range(n):
        out.append(f'{y}{m:02d}')
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return out[::-1]

def files(inputs):
    for i in inputs:
        if os.path.isdir(i):
            for root, _, fs in os.walk(i):
                for f in fs:
                    if f.endswith('.csv.gz') or f.endswith('.csv'):
                        yield os.path.join(root, f)
        else:
            yield i

def pseudo(b):
    b = b.strip().lower()
    return any(w in b for w in ('airport', 'aviation', 'heathrow')) or b in ('unknown', '')

end, major, inputs = sys.argv[1], up(sys.argv[2]), sys.argv[3:]
span = months_to(end, 24)
releases = []
for path in files(inputs):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8-sig', newline='') as fh:
        rows = list(csv.reader(fh))
    head = [up(h) for h in rows[0]]
    months = [h for h in head if re.fullmatch(r'\d{6}', h)]
    releases.append((max(months), min(months), path, head, rows[1:]))
releases.sort(key=lambda r: (r[0], r[1]), reverse=True)
single = next((r for r in releases if all(m in r[3] for m in span)), None)
source = {m: single if single else next((r for r in releases if m in r[3]), None) for m in span}

def count(release, month):
    _, _, _, head, rows = release
    mj = next(i for i, h in enumerate(head) if h in ('MAJORTEXT', 'MAJOR CATEGORY'))
    bo = next(i for i, h in enumerate(head) if h in ('BOROUGHNAME', 'LOOKUP_BOROUGHNAME', 'BOROUGH'))
    i = head.index(month)
    return sum(int(r[i]) for r in rows if up(r[mj]) == major and not pseudo(r[bo]))

print('one release holds all 24 months' if single
      else 'no release holds all 24 months: each month from the first-ranked release that has it')
# The runs of consecutive months that come from one release, in month order.
run = None
for m in span:
    path = source[m][2] if source[m] else 'MISSING'
    if run and run[2] == path:
        run[1] = m
    else:
        if run:
            print(f'{run[0]}..{run[1]}: {run[2]}')
        run = [m, m, path]
print(f'{run[0]}..{run[1]}: {run[2]}')
totals = []
for window in (span[:12], span[12:]):
    totals.append(None if any(source[m] is None for m in window)
                  else sum(count(source[m], m) for m in window))
print(f'previous12 {span[0]}..{span[11]}: {totals[0]}')
print(f'current12 {span[12]}..{span[23]}: {totals[1]}')
if None not in totals:
    print(f'change: {100.0 * (totals[1] - totals[0]) / totals[0]:+.1f}%')
