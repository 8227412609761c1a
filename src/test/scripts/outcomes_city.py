#!/usr/bin/env python3
"""Independent outcome-group shares for the City of London police.uk street files (stdlib only, not from the Java code).

Usage: outcomes_city.py [--json] [--end 2024-08] [INPUT ...]
  INPUT defaults to /work/shared/real-data/police-uk/city-of-london; files/folders, read in the order given,
  folders walked recursively and sorted by path compared name by name. Only police.uk street files are used
  (recognised by header: case, spaces, BOM, CRLF ignored; other files skipped).
Ingest (SPEC 1.3): partition = (street, Reported by, Month); a later input's partition replaces an earlier one's;
  inside a partition a row with a non-blank Crime ID identical in every field to an earlier row is dropped; rows
  sharing an ID but differing are kept; blank-ID rows are never dropped. Rows with a wrong field count or bad
  Month are skipped.
Counts: window current12 = the 12 months ending --end; crimes only (Crime type != 'Anti-social behaviour');
  selections area (LSOA name 'City of London NNNX', any case) and force (Falls within 'City of London Police',
  No Location rows included). Each row's 'Last outcome category' (trimmed, compared ignoring case) goes to one
  group of GROUPS below; any other non-blank text goes to 'other' and is listed as unknown; a blank outcome is
  'no outcome' and left out of the share denominator. Per crime type and in total prints: crimes, crimes with
  an outcome, no outcome, then per group count and share = count / crimes with an outcome (percent, 1 dp,
  half-up on the exact fraction).
"""
import argparse, csv, gzip, io, json, os, re
from collections import Counter, defaultdict
from fractions import Fraction

from street_partitions import STREET, pct, read_partitions

DATA = '/work/shared/real-data/police-uk/city-of-london'
GROUPS = {
    'charge-summons': ['Awaiting court outcome', 'Court result unavailable', 'Court case unable to proceed',
                       'Defendant found not guilty', 'Defendant sent to Crown Court', 'Offender sent to prison',
                       'Offender given suspended prison sentence', 'Offender given community sentence',
                       'Offender fined', 'Offender given conditional discharge', 'Offender given absolute discharge',
                       'Offender ordered to pay compensation', 'Offender deprived of property',
                       'Offender otherwise dealt with', 'Suspect charged', 'Suspect charged as part of another case'],
    'other-sanction': ['Offender given a caution', 'Offender given a drugs possession warning',
                       'Offender given penalty notice', 'Local resolution'],
    'no-suspect': ['Investigation complete; no suspect identified'],
    'unable-to-prosecute': ['Unable to prosecute suspect', 'Formal action is not in the public interest',
                            'Further investigation is not in the public interest',
                            'Further action is not in the public interest'],
    'under-investigation': ['Under investigation'],
    'other': ['Action to be taken by another organisation', 'Status update unavailable'],
}
GROUP_OF = {t.lower(): g for g, ts in GROUPS.items() for t in ts}

def tally(rows):
    per, unknown = defaultdict(Counter), Counter()
    for r in rows:
        text = r['last outcome category'].strip()
        if not text:
            g = 'no outcome'
        else:
            g = GROUP_OF.get(text.lower())
            if g is None:
                g = 'other'
                unknown[text] += 1
        per[r['crime type']][g] += 1
        per['TOTAL'][g] += 1
    out = {}
    for t in sorted(per, key=lambda k: (k == 'TOTAL', k)):
        c = per[t]
        crimes = sum(c.values())
        with_outcome = crimes - c['no outcome']
        out[t] = {'crimes': crimes, 'with_outcome': with_outcome, 'no_outcome': c['no outcome'],
                  'groups': {g: {'count': c[g], 'share': pct(c[g], with_outcome)} for g in GROUPS}}
    return out, dict(unknown)

def text(result):
    lines = ['window current12 = %s..%s; crimes only (ASB excluded); share = %% of crimes with an outcome'
             % tuple(result['window'])]
    for sel, d in result['selections'].items():
        lines += ['', '== %s' % sel,
                  '\t'.join(['crime type', 'crimes', 'with outcome', 'no outcome'] + ['%s n\t%%' % g for g in GROUPS])]
        for t, e in d['by_type'].items():
            cells = [t, str(e['crimes']), str(e['with_outcome']), str(e['no_outcome'])]
            for g in GROUPS:
                s = e['groups'][g]['share']
                cells += [str(e['groups'][g]['count']), 'n/a' if s is None else '%.1f' % s]
            lines.append('\t'.join(cells))
        lines.append('unknown outcome texts (counted as other): %s'
                     % (', '.join('%r x%d' % kv for kv in sorted(d['unknown'].items())) or 'none'))
    return '\n'.join(lines)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--json', action='store_true')
    ap.add_argument('--end', default='2024-08')
    ap.add_argument('inputs', nargs='*', default=[DATA])
    a = ap.parse_args()
    y, m = map(int, a.end.split('-'))
    cur = {'%04d-%02d' % ((y * 12 + m - 1 - k) // 12, (y * 12 + m - 1 - k) % 12 + 1) for k in range(12)}
    rows = [r for p in read_partitions(a.inputs).values() for r in p
            if r['month'] in cur and r['crime type'] != 'Anti-social behaviour']
    pat = re.compile(r'city of london \d{3}[a-z]')
    sel = {'area': [r for r in rows if pat.fullmatch(r['lsoa name'].lower())],
           'force': [r for r in rows if r['falls within'] == 'City of London Police']}
    result = {'window': [min(cur), max(cur)], 'selections': {}}
    for s, srows in sel.items():
        by_type, unknown = tally(srows)
        result['selections'][s] = {'by_type': by_type, 'unknown': unknown}
    print(json.dumps(result, indent=1, ensure_ascii=False) if a.json else text(result))

main()
