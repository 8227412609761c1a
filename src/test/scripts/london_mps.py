#!/usr/bin/env python3
"""Independent count of London's MPS borough total for one major category, written without the Java code.

Usage: london_mps.py END MAJOR FOLDER   e.g. london_mps.py 2023-02 BURGLARY ../shared/real-data/mps/borough

London: every borough row outside the pseudo-boroughs (airport, aviation, heathrow, unknown, blank).
Release (SPEC 1.4): releases ranked newest first by last month, then later first month; the 24 months
previous12 + current12 come from the first-ranked release holding all of them. Prints that release and
the two 12-month counts (and the change, 1 dp).
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

end, major, folder = sys.argv[1], up(sys.argv[2]), sys.argv[3]
span = months_to(end, 24)
releases = []
for root, _, files in os.walk(folder):
    for f in files:
        if f.endswith('.csv.gz') or f.endswith('.csv'):
            path = os.path.join(root, f)
            opener = gzip.open if f.endswith('.gz') else open
            with opener(path, 'rt', encoding='utf-8-sig', newline='') as fh:
                rows = list(csv.reader(fh))
            head = [up(h) for h in rows[0]]
            months = [h for h in head if re.fullmatch(r'\d{6}', h)]
            releases.append((max(months), min(months), path, head, rows[1:]))
releases.sort(key=lambda r: (r[0], r[1]), reverse=True)
chosen = next(r for r in releases if all(m in r[3] for m in span))
_, _, path, head, rows = chosen
mj = next(i for i, h in enumerate(head) if h in ('MAJORTEXT', 'MAJOR CATEGORY'))
bo = next(i for i, h in enumerate(head) if h in ('BOROUGHNAME', 'LOOKUP_BOROUGHNAME', 'BOROUGH'))
def pseudo(b):
    b = b.strip().lower()
    return any(w in b for w in ('airport', 'aviation', 'heathrow')) or b in ('unknown', '')
totals = []
for window in (span[:12], span[12:]):
    idx = [head.index(m) for m in window]
    totals.append(sum(int(r[i]) for r in rows if up(r[mj]) == major and not pseudo(r[bo]) for i in idx))
print(path)
print(f'previous12 {span[0]}..{span[11]}: {totals[0]}')
print(f'current12 {span[12]}..{span[23]}: {totals[1]}')
print(f'change: {100.0 * (totals[1] - totals[0]) / totals[0]:+.1f}%')
