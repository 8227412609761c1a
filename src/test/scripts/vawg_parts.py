"""Harrow's Violence against women and girls parts (csp-2023), 12 months to 2025-07 and the 12
before, from the published files with the standard library only (PriorityPartsRealDataTest).
Usage: python3 src/test/scripts/vawg_parts.py <real-data>
Dashboard: newest refresh_date per (month, type, subtype) key of Harrow's Offences rows.
Tables: 2024-01.. from the 'most recent 24 months' release, 2023-08..2023-12 from the Historical
2010-04_2024-02 release."""
import csv, gzip, sys
R = (sys.argv[1] if len(sys.argv) > 1 else "../shared/real-data").rstrip("/") + "/mps/"
def months(a, b):
    y, m = map(int, a.split('-')); out = []
    while f'{y:04d}-{m:02d}' <= b:
        out.append(f'{y:04d}-{m:02d}'); m += 1
        if m == 13: y, m = y + 1, 1
    return out
CUR, PREV = months('2024-08', '2025-07'), months('2023-08', '2024-07')
best = {}
with gzip.open(R + 'dashboard/other_2021-08_2025-07/mps-monthly-crime-dashboard-other-boroughs.csv.gz', 'rt') as f:
    for r in csv.DictReader(f):
        if r['area_name'] != 'Harrow' or r['measure'] != 'Offences': continue
        k = (r['month_year'], r['crime_type'].lower(), r['crime_subtype'].lower())
        if k not in best or r['refresh_date'] > best[k][0]:
            best[k] = (r['refresh_date'], int(r['count']))
def dash(sub, ms): return sum(best.get((m, 'domestic abuse', sub), (None, 0))[1] for m in ms)
def table(path, ms):
    tot = {}
    with gzip.open(path, 'rt') as f:
        for r in csv.DictReader(f):
            if r['BoroughName'] == 'Harrow' and r['MajorText'].lower() == 'sexual offences':
                for m in ms:
                    c = m.replace('-', '')
                    if c in r: tot[m] = tot.get(m, 0) + int(r[c] or 0)
    return tot
recent = table(R + 'borough/2024-01_2025-12/MPS Borough Level Crime (most recent 24 months).csv.gz', PREV + CUR)
hist = table(R + 'borough/historical_2010-04_2024-02/MPS Borough Level Crime (Historical).csv.gz', PREV)
so = {m: recent.get(m, hist.get(m)) if m >= '2024-01' else hist[m] for m in PREV + CUR}
pct = lambda a, b: f'{100 * (a - b) / b:+.1f}%'
for name, c, p in [('Sexual offences (tables)', sum(so[m] for m in CUR), sum(so[m] for m in PREV)),
                   ('DA violence with injury', dash('domestic abuse violence with injury', CUR), dash('domestic abuse violence with injury', PREV)),
                   ('Domestic abuse in all', dash('domestic abuse', CUR), dash('domestic abuse', PREV))]:
    print(f'{name}: {c} vs {p} ({pct(c, p)})')
