#!/usr/bin/env python3
"""Independent count of a borough's MPS London Datastore figures, written without the Java code.

Usage: count_mps.py BOROUGH END INPUT [INPUT ...]   (INPUT: a .csv/.csv.gz file or a folder of them)

Rule (SPEC 1.4): releases are ranked newest first by their last month, then the later first month;
file names and input order never decide. Each run of months (the 24 months of current12 +
previous12; the quarter with the same quarter last year; FYTD with last year's; the 36 trend months)
comes from the first-ranked release that has every one of its months for the borough; only if none
does is each month taken from the first-ranked release that has it ("SPLICE"). A cell that is not a
whole number makes its month missing for its category (None), never zero.
Prints, per span, the release used, then per preset group its six window counts.
"""
import csv, gzip, io, os, re, sys

def up(s):
    return re.sub(r'\s+', ' ', s.strip()).upper()

ANY = None
TFP = [('THEFT', 'THEFT FROM PERSON'), ('THEFT', 'THEFT FROM THE PERSON')]
GROUPS = {  # preset -> group -> [(major, minor or ANY)], on upper-cased 2019+ MPS text
    'police-uk': {
        'Burglary': [('BURGLARY', ANY)], 'Robbery': [('ROBBERY', ANY)],
        'Drugs': [('DRUG OFFENCES', ANY)], 'Vehicle crime': [('VEHICLE OFFENCES', ANY)],
        'Public order': [('PUBLIC ORDER OFFENCES', ANY)],
        'Possession of weapons': [('POSSESSION OF WEAPONS', ANY)],
        'Criminal damage and arson': [('ARSON AND CRIMINAL DAMAGE', ANY)],
        'Other crime': [('MISCELLANEOUS CRIMES AGAINST SOCIETY', ANY)],
        'Violence and sexual offences': [('VIOLENCE AGAINST THE PERSON', ANY), ('SEXUAL OFFENCES', ANY)],
        'Shoplifting': [('THEFT', 'SHOPLIFTING')], 'Bicycle theft': [('THEFT', 'BICYCLE THEFT')],
        'Theft from the person': TFP, 'Other theft': [('THEFT', 'OTHER THEFT')],
    },
    'mopac7': {
        'Violence with injury': [('VIOLENCE AGAINST THE PERSON', 'VIOLENCE WITH INJURY')],
        'Robbery': [('ROBBERY', ANY)], 'Burglary': [('BURGLARY', ANY)],
        'Theft of a motor vehicle': [('VEHICLE OFFENCES', 'THEFT OR TAKING OF A MOTOR VEHICLE'),
                                     ('VEHICLE OFFENCES', 'THEFT OR UNAUTH TAKING OF A MOTOR VEH')],
        'Theft from a motor vehicle': [('VEHICLE OFFENCES', 'THEFT FROM A MOTOR VEHICLE'),
                                       ('VEHICLE OFFENCES', 'THEFT FROM A VEHICLE')],
        'Theft from a person': TFP,
        'Criminal damage': [('ARSON AND CRIMINAL DAMAGE', 'CRIMINAL DAMAGE')],
    },
    'csp-2023': {
        'Violent incidents': [('VIOLENCE AGAINST THE PERSON', ANY)],
        'Burglary, motor vehicle crime and robbery': [('BURGLARY', ANY), ('VEHICLE OFFENCES', ANY), ('ROBBERY', ANY)],
        'Violence against women and girls': [('SEXUAL OFFENCES', ANY)],
    },
}

def files(inputs):
    for i in inputs:
        if os.path.isdir(i):
            for d, _, fs in os.walk(i):
                for f in fs:
                    if f.endswith('.csv') or f.endswith('.csv.gz'):
                        yield os.path.join(d, f)
        else:
            yield i

def read(path, borough):
    """One release: (name, sorted months, {month: [(major, minor, count or None)]}) for the borough."""
    raw = gzip.open(path, 'rb').read() if path.endswith('.gz') else open(path, 'rb').read()
    r = csv.reader(io.StringIO(raw.decode('utf-8-sig')))
    h = [x.strip().lower() for x in next(r)]
    mi = h.index('majortext') if 'majortext' in h else h.index('major category')
    ni = h.index('minortext') if 'minortext' in h else h.index('minor category')
    bi = next(h.index(c) for c in ('lookup_boroughname', 'boroughname', 'borough') if c in h)
    cols = [(i, c) for i, c in enumerate(h) if re.fullmatch(r'\d{6}', c)]
    rows = [row for row in r if len(row) > bi and up(row[bi]) == borough]
    cells = {}
    if rows:
        for i, c in cols:
            cells[c] = [(up(row[mi]), up(row[ni]),
                         int(row[i]) if len(row) == len(h) and re.fullmatch(r'\d+', row[i].strip()) else None)
                        for row in rows]
    return (path, sorted(c for _, c in cols), cells)

def ym(i):
    return '%04d%02d' % (i // 12, i % 12 + 1)

def months(a, b):  # month indexes a..b inclusive (index = year*12 + month-1)
    return [ym(i) for i in range(a, b + 1)]

def main():
    borough, end = up(sys.argv[1]), sys.argv[2]
    releases = [read(f, borough) for f in files(sys.argv[3:])]
    releases = [x for x in releases if x[1]]
    releases.sort(key=lambda x: (x[1][-1], x[1][0]), reverse=True)  # newest last month, then first
    y, m = map(int, end.split('-'))
    e = y * 12 + m - 1
    q_end = e - ((m - 3) % 3)            # quarters end in Mar, Jun, Sep, Dec (month index % 3 == 2)
    fy_start = e - ((m - 4) % 12)        # April of E's financial year
    win = {
        'current12': months(e - 11, e), 'previous12': months(e - 23, e - 12),
        'quarter': months(q_end - 2, q_end), 'quarterLastYear': months(q_end - 14, q_end - 12),
        'fytd': months(fy_start, e), 'fytdLastYear': months(fy_start - 12, e - 12),
    }
    spans = {'twelve': ('current12', 'previous12'), 'quarter': ('quarter', 'quarterLastYear'),
             'fytd': ('fytd', 'fytdLastYear')}
    trend = months(e - 35, e)
    def pick(ms):
        for rel in releases:
            if all(mm in rel[2] for mm in ms):
                return {mm: rel for mm in ms}, os.path.basename(os.path.dirname(rel[0]))
        src = {}
        for mm in ms:
            for rel in releases:
                if mm in rel[2]:
                    src[mm] = rel
                    break
        used = sorted({os.path.basename(os.path.dirname(r[0])) for r in src.values()})
        return src, 'SPLICE ' + ' + '.join(used) + (' (missing %d)' % (len(ms) - len(src)))
    print('span\ttrend\t%s' % pick(trend)[1])
    chosen = {}
    for span, (a, b) in spans.items():
        src, label = pick(win[a] + win[b])
        print('span\t%s\t%s' % (span, label))
        chosen[a] = chosen[b] = src
    for preset, groups in GROUPS.items():
        for name, pats in groups.items():
            out = []
            for w in ('current12', 'previous12', 'quarter', 'quarterLastYear', 'fytd', 'fytdLastYear'):
                total = 0
                for mm in win[w]:
                    rel = chosen[w].get(mm)
                    vals = None if rel is None else [n for (a, b, n) in rel[2][mm]
                                                     if any(a == pa and (pb is None or b == pb) for pa, pb in pats)]
                    if vals is None or None in vals:
                        total = None
                        break
                    total += sum(vals)
                out.append(str(total))
            print('%s\t%s\t%s' % (preset, name, '\t'.join(out)))

main()
