#!/usr/bin/env python3
"""Independent count of a borough's MPS London Datastore figures, written without the Java code.

Usage: count_mps.py BOROUGH END FILE [FILE ...]
Rule: for each month, the LAST file (in the order given) that has that month's column supplies the
whole month for the borough (the tool instead merges cell by cell, dropping categories a later release
does not republish; for whole releases the two agree). Categories are matched on upper-cased major
text (and minor text where a priority needs it). Prints current12 and previous12 to END per group.
"""
import csv, gzip, io, re, sys
from collections import defaultdict

GROUPS = {  # police-uk preset and csp-2023 priorities, by MPS major (and minor) text, upper case
    'Burglary': [('BURGLARY', None)],
    'Robbery': [('ROBBERY', None)],
    'Drugs': [('DRUG OFFENCES', None)],
    'Vehicle crime': [('VEHICLE OFFENCES', None)],
    'Public order': [('PUBLIC ORDER OFFENCES', None)],
    'Possession of weapons': [('POSSESSION OF WEAPONS', None)],
    'Criminal damage and arson': [('ARSON AND CRIMINAL DAMAGE', None)],
    'Other crime': [('MISCELLANEOUS CRIMES AGAINST SOCIETY', None)],
    'Violence and sexual offences': [('VIOLENCE AGAINST THE PERSON', None), ('SEXUAL OFFENCES', None)],
    'Shoplifting': [('THEFT', 'SHOPLIFTING')],
    'Bicycle theft': [('THEFT', 'BICYCLE THEFT')],
    'Theft from the person': [('THEFT', 'THEFT FROM PERSON'), ('THEFT', 'THEFT FROM THE PERSON')],
    'Other theft': [('THEFT', 'OTHER THEFT')],
    'Violent incidents': [('VIOLENCE AGAINST THE PERSON', None)],
    'Burglary, motor vehicle crime and robbery': [('BURGLARY', None), ('VEHICLE OFFENCES', None), ('ROBBERY', None)],
    'Violence against women and girls': [('SEXUAL OFFENCES', None)],
}

def norm(s):
    return re.sub(r'\s+', ' ', s.strip()).upper()

def main():
    borough, end = sys.argv[1].upper(), sys.argv[2]
    by_month = {}  # yyyymm -> list of (major, minor, count) for the borough, from the last file with it
    for f in sys.argv[3:]:
        text = gzip.open(f, 'rt', encoding='utf-8-sig').read() if f.endswith('.gz') else open(f, encoding='utf-8-sig').read()
        r = csv.reader(io.StringIO(text))
        h = [x.strip() for x in next(r)]
        lower = [x.lower() for x in h]
        mi = lower.index('majortext') if 'majortext' in lower else lower.index('major category')
        ni = lower.index('minortext') if 'minortext' in lower else lower.index('minor category')
        bi = next(lower.index(c) for c in ('lookup_boroughname', 'boroughname', 'borough') if c in lower)
        months = [(i, c) for i, c in enumerate(h) if re.fullmatch(r'\d{6}', c)]
        rows = [row for row in r if norm(row[bi]) == borough]
        for i, c in months:
            by_month[c] = [(norm(row[mi]), norm(row[ni]), int(row[i] or 0)) for row in rows]
    y, m = map(int, end.split('-'))
    def window(k0, k1):
        out = []
        for k in range(k0, k1):
            i = y * 12 + m - 1 - k
            out.append('%04d%02d' % (i // 12, i % 12 + 1))
        return out
    cur, prev = window(0, 12), window(12, 24)
    for name, pats in GROUPS.items():
        def total(ms):
            if any(mm not in by_month for mm in ms):
                return None
            return sum(n for mm in ms for (a, b, n) in by_month[mm]
                       if any(a == pa and (pb is None or b == pb) for pa, pb in pats))
        print('%s\t%s\t%s' % (name, total(cur), total(prev)))

main()
