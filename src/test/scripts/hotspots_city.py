#!/usr/bin/env python3
"""Independent hotspot figures for the City of London police.uk street files (stdlib only, not from the Java code).

Usage: hotspots_city.py [--json] [--end 2024-08] [--lookup LOOKUP.csv.gz] [INPUT ...]
  INPUT defaults to /work/shared/real-data/police-uk/city-of-london; files/folders, read in the order given,
  folders walked recursively and sorted by path compared name by name. Only police.uk street files are used
  (recognised by header: case, spaces, BOM, CRLF ignored; other files skipped).
Ingest (SPEC 1.3): partition = (street, Reported by, Month); a later input's partition replaces an earlier one's;
  inside a partition a row with a non-blank Crime ID identical in every field to an earlier row is dropped; rows
  sharing an ID but differing are kept; blank-ID rows are never dropped. Rows with a wrong field count or bad
  Month are skipped.
Selections: area = LSOA name matches 'City of London NNNX' (any case); force = Falls within 'City of London
  Police' (includes No Location rows). Every row counts (crime and ASB). Windows: current12 = the 12 months
  ending --end; all = every month read.
Printed per selection x window: rows, rows with blank LSOA (left out of the rankings), ranked total;
  top 10 LSOAs (key LSOA code; name shown = the name on the window's latest row of that code, other names
  seen in the window listed as 'also') and top 10 streets (key LSOA code + Location, 'On or near ' kept
  verbatim), each with count, share of the ranked total and cumulative share (percent, 1 dp, half-up on the
  exact fraction). Sort: count desc, then key asc. '(tie at cut)' marks a cut that splits equal counts.
For area/current12 also: LSOAs with crime; Gini over all N City of London LSOAs of the ONS lookup
  (LAD25NM == 'City of London', zeros included; area codes missing from the lookup are added and reported),
  G = 2*sum(i*x_i)/(N*sum x) - (N+1)/N, x ascending, i from 1; share in the top ceil(N/10) LSOAs; fewest
  LSOAs holding >= half the ranked total; and per Crime type the top 3 LSOAs.
"""
import argparse, csv, gzip, io, json, os, re, sys
from collections import Counter, defaultdict
from fractions import Fraction

from street_partitions import STREET, pct, read_partitions

DATA = '/work/shared/real-data/police-uk/city-of-london'
LOOKUP = ('/work/shared/real-data/lookups/'
          'LSOA_(2021)_to_Electoral_Ward_(2025)_to_LAD_(2025)_Best_Fit_Lookup_in_EW_v2.csv.gz')
def ranked(counter, total, n):
    items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    out, cum = [], 0
    for k, c in items[:n]:
        cum += c
        out.append({'key': k, 'count': c, 'share': pct(c, total), 'cumulative': pct(cum, total)})
    tie = len(items) > n and items[n][1] == items[n - 1][1]
    return out, tie

def rank_block(rows, n=10):
    names = lsoa_names(rows)
    placed = [r for r in rows if r['lsoa code']]
    total = len(placed)
    lsoas, tie1 = ranked(Counter(r['lsoa code'] for r in placed), total, n)
    for e in lsoas:
        e['lsoa_code'] = e.pop('key')
        e['lsoa_name'] = names[e['lsoa_code']][0]
        if len(names[e['lsoa_code']]) > 1:
            e['other_names'] = names[e['lsoa_code']][1:]
    streets, tie2 = ranked(Counter((r['lsoa code'], r['location']) for r in placed), total, n)
    for e in streets:
        (e['lsoa_code'], e['location']) = e.pop('key')
    return {'rows': len(rows), 'blank_lsoa': len(rows) - total, 'ranked_total': total,
            'top_lsoas': lsoas, 'top_lsoas_tie_at_cut': tie1, 'top_streets': streets, 'top_streets_tie_at_cut': tie2}

def lsoa_names(rows):
    """code -> [name on the latest row, other names...]"""
    seen = defaultdict(dict)
    for r in rows:
        if r['lsoa code']:
            seen[r['lsoa code']][r['lsoa name']] = max(seen[r['lsoa code']].get(r['lsoa name'], ''), r['month'])
    return {c: sorted(d, key=lambda nm: (d[nm], nm), reverse=True) for c, d in seen.items()}

def concentration(rows, lookup_path, names):
    with gzip.open(lookup_path, 'rt', encoding='utf-8-sig', newline='') as fh:
        city = {r['LSOA21CD'] for r in csv.DictReader(fh) if r['LAD25NM'] == 'City of London'}
    counts = Counter(r['lsoa code'] for r in rows if r['lsoa code'])
    extra = sorted(set(counts) - city)
    codes = city | set(counts)
    x = sorted(counts.get(c, 0) for c in codes)
    n, s = len(x), sum(x)
    gini = 2 * sum(i * v for i, v in enumerate(x, 1)) / (n * s) - (n + 1) / n if s else None
    desc = x[::-1]
    k = -(-n // 10)
    half, cum = 0, 0
    for v in desc:
        if 2 * cum >= s:
            break
        cum += v
        half += 1
    bytype = defaultdict(Counter)
    for r in rows:
        if r['lsoa code']:
            bytype[r['crime type']][r['lsoa code']] += 1
    top3 = {}
    for t in sorted(bytype):
        lst, tie = ranked(bytype[t], sum(bytype[t].values()), 3)
        top3[t] = {'total': sum(bytype[t].values()), 'tie_at_cut': tie,
                   'top': [{'lsoa_code': e['key'], 'lsoa_name': names[e['key']][0], 'count': e['count'],
                            'share': e['share']} for e in lst]}
    return {'lookup_lsoas': len(city), 'codes_not_in_lookup': extra, 'N': n, 'lsoas_with_crime': len(counts),
            'total': s, 'gini': None if gini is None else round(gini, 4), 'top10pct_k': k,
            'top10pct_share': pct(sum(desc[:k]), s), 'fewest_for_half': half, 'top3_by_crime_type': top3}

def show(e):
    return e['lsoa_name'] + (' (also: %s)' % ' / '.join(e['other_names']) if e.get('other_names') else '')

def text(result):
    out = ['end month: %s; current12 = %s..%s; all = %s..%s' % tuple(result['windows'])]
    for sel, wins in result['selections'].items():
        for win, b in wins.items():
            out.append('')
            out.append('== %s / %s: rows %d, blank LSOA %d (not ranked), ranked total %d'
                       % (sel, win, b['rows'], b['blank_lsoa'], b['ranked_total']))
            out.append('-- top LSOAs%s\trank\tcode\tname\tcount\tshare%%\tcum%%'
                       % (' (tie at cut)' if b['top_lsoas_tie_at_cut'] else ''))
            for i, e in enumerate(b['top_lsoas'], 1):
                out.append('\t%d\t%s\t%s\t%d\t%.1f\t%.1f' % (i, e['lsoa_code'], show(e), e['count'], e['share'], e['cumulative']))
            out.append('-- top streets%s\trank\tcode\tlocation\tcount\tshare%%\tcum%%'
                       % (' (tie at cut)' if b['top_streets_tie_at_cut'] else ''))
            for i, e in enumerate(b['top_streets'], 1):
                out.append('\t%d\t%s\t%s\t%d\t%.1f\t%.1f' % (i, e['lsoa_code'], e['location'], e['count'], e['share'], e['cumulative']))
    c = result['area_current12_concentration']
    out += ['', '== area / current12 concentration (all rows)',
            'LSOAs in lookup\t%d' % c['lookup_lsoas'], 'area codes not in lookup\t%s' % (', '.join(c['codes_not_in_lookup']) or 'none'),
            'N\t%d' % c['N'], 'LSOAs with crime\t%d' % c['lsoas_with_crime'], 'ranked total\t%d' % c['total'],
            'Gini\t%.4f' % c['gini'], 'share in top %d LSOA(s) (ceil 10%% of N)\t%.1f%%' % (c['top10pct_k'], c['top10pct_share']),
            'fewest LSOAs holding >= half\t%d' % c['fewest_for_half'], '', '-- top 3 LSOAs per crime type (area, current12)']
    for t, d in c['top3_by_crime_type'].items():
        out.append('%s (total %d)%s' % (t, d['total'], ' (tie at cut)' if d['tie_at_cut'] else ''))
        for i, e in enumerate(d['top'], 1):
            out.append('\t%d\t%s\t%s\t%d\t%.1f' % (i, e['lsoa_code'], e['lsoa_name'], e['count'], e['share']))
    return '\n'.join(out)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--json', action='store_true')
    ap.add_argument('--end', default='2024-08')
    ap.add_argument('--lookup', default=LOOKUP)
    ap.add_argument('inputs', nargs='*', default=[DATA])
    a = ap.parse_args()
    y, m = map(int, a.end.split('-'))
    cur = {'%04d-%02d' % ((y * 12 + m - 1 - k) // 12, (y * 12 + m - 1 - k) % 12 + 1) for k in range(12)}
    rows = [r for p in read_partitions(a.inputs).values() for r in p]
    months = sorted({r['month'] for r in rows})
    pat = re.compile(r'city of london \d{3}[a-z]')
    sel = {'area': [r for r in rows if pat.fullmatch(r['lsoa name'].lower())],
           'force': [r for r in rows if r['falls within'] == 'City of London Police']}
    result = {'windows': [a.end, min(cur), max(cur), months[0], months[-1]], 'selections': {}}
    for s, srows in sel.items():
        result['selections'][s] = {'current12': rank_block([r for r in srows if r['month'] in cur]),
                                   'all': rank_block(srows)}
    area12 = [r for r in sel['area'] if r['month'] in cur]
    result['area_current12_concentration'] = concentration(area12, a.lookup, lsoa_names(area12))
    print(json.dumps(result, indent=1, ensure_ascii=False) if a.json else text(result))

main()
