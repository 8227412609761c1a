#!/usr/bin/env python3
"""Independent grid hotspots for the City of London police.uk street files (not from the Java code).

Usage: grid_city.py [--json] [--end 2024-08] [--window current12|all] [INPUT ...]
  INPUT defaults to /work/shared/real-data/police-uk/city-of-london (read as SPEC 1.3 says, by street_partitions.py).
Needs pyproj (Debian: apt-get install python3-pyproj; run with /usr/bin/python3, or this script adds Debian's
dist-packages to the path itself).

What it does (SPEC 4.4, written from the SPEC, not from the Java):
  area     rows whose LSOA name is 'City of London NNNX' (any case), every category; located = longitude and
           latitude both given.
  project  WGS84 -> British National Grid with PROJ, the same proj string as the SPEC's library table
           (7-parameter Helmert datum shift), then round easting and northing to the whole metre, half up.
  set aside  the far-away rule of saferstats.geo.FarPoints, restated: 0,0 or unprojectable, or more than
           max(50 km, 8 x median distance) from the median point (reported; none expected for the City).
  grid     over the extent of every located area row (all months): cell = shorter side of the bounding box / 50,
           to the nearest 50 m (half up), within 100-500 m; origin = the south-west corner floored to a whole cell;
           cols = floor((maxE - originE) / size) + 1, rows likewise; cell of a point = floor((E - originE) / size).
  counts   per cell, the window's rows (current12 = the 12 months ending --end; all = every month).
  Gi*      binary weights, the cell and its up to 8 neighbours; n = every cell, empty ones included;
           Gi* = (sum_j x_j - Xbar * W) / (S * sqrt((n * W - W^2) / (n - 1))), Xbar = sum x / n,
           S = sqrt(sum x^2 / n - Xbar^2); p two-sided standard normal; Benjamini-Hochberg q over all cells;
           hot = z > 0 and q < 0.05, cold = z < 0 and q < 0.05.
Also printed: how many located points sit on a cell line (their whole-metre easting or northing a multiple of the
cell size) and which cells' counts change between binning the raw projected coordinates (grid sized from the raw
extent, as before SPEC 4.4 said to round) and binning whole metres. Cells are named by their south-west corner
in BNG metres, so the two grids compare even when their origins differ.
"""
import argparse, json, math, re, sys
from collections import Counter

try:
    from pyproj import Transformer
except ImportError:                      # Debian's python3-pyproj under another interpreter
    sys.path.append('/usr/lib/python3/dist-packages')
    from pyproj import Transformer

from street_partitions import read_partitions

DATA = '/work/shared/real-data/police-uk/city-of-london'
BNG = ('+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy '
       '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs')
WGS84 = '+proj=longlat +datum=WGS84 +no_defs'


def whole(v):
    return math.floor(v + 0.5)


def median(v):
    s = sorted(v)
    m = len(s) // 2
    return s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2


def far_away(pts):
    """Indexes set aside: 0,0 or not finite; else beyond max(50 km, 8 x median distance) of the median point."""
    unknown = {i for i, (e, n) in enumerate(pts) if not (math.isfinite(e) and math.isfinite(n)) or (e == 0 and n == 0)}
    rest = [i for i in range(len(pts)) if i not in unknown]
    ce, cn = median([pts[i][0] for i in rest]), median([pts[i][1] for i in rest])
    d = {i: math.hypot(pts[i][0] - ce, pts[i][1] - cn) for i in rest}
    limit = max(50_000, 8 * median(list(d.values())))
    return unknown | {i for i in rest if d[i] > limit}, limit


def cell_size(shorter):
    size = math.floor(shorter / 50 / 50 + 0.5) * 50
    return max(100, min(500, size))


def grid(pts):
    es, ns = [p[0] for p in pts], [p[1] for p in pts]
    shorter = min(max(es) - min(es), max(ns) - min(ns))
    size = cell_size(shorter)
    oe, on = math.floor(min(es) / size) * size, math.floor(min(ns) / size) * size
    cols = math.floor((max(es) - oe) / size) + 1
    rows = math.floor((max(ns) - on) / size) + 1
    return {'size': size, 'shorter': shorter, 'originE': oe, 'originN': on, 'rows': rows, 'cols': cols}


def cell(g, e, n):
    return math.floor((n - g['originN']) / g['size']), math.floor((e - g['originE']) / g['size'])


def gi_star(x, rows, cols):
    n = len(x)
    mean = sum(x) / n
    s = math.sqrt(sum(v * v for v in x) / n - mean * mean)
    z, p = [], []
    for r in range(rows):
        for c in range(cols):
            nb = [x[rr * cols + cc] for rr in range(max(0, r - 1), min(rows, r + 2))
                  for cc in range(max(0, c - 1), min(cols, c + 2))]
            w = len(nb)
            zi = (sum(nb) - mean * w) / (s * math.sqrt((n * w - w * w) / (n - 1)))
            z.append(zi)
            p.append(math.erfc(abs(zi) / math.sqrt(2)))
    return z, p


def bh(p):
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    q, running = [0.0] * m, 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p[i] * m / rank)
        q[i] = running
    return q


def months_to(end, k):
    y, m = map(int, end.split('-'))
    return {'%04d-%02d' % ((y * 12 + m - 1 - j) // 12, (y * 12 + m - 1 - j) % 12 + 1) for j in range(k)}


def counts_by_corner(g, pts, rows_in_window):
    out = Counter()
    for i in rows_in_window:
        r, c = cell(g, *pts[i])
        out[(g['originE'] + c * g['size'], g['originN'] + r * g['size'])] += 1
    return out


def hot_corners(g, by_corner):
    """SW corners of the hot cells of a grid given its counts by corner."""
    corners = [(g['originE'] + c * g['size'], g['originN'] + r * g['size'])
               for r in range(g['rows']) for c in range(g['cols'])]
    x = [by_corner.get(k, 0) for k in corners]
    z, p = gi_star(x, g['rows'], g['cols'])
    q = bh(p)
    return {corners[i] for i in range(len(x)) if z[i] > 0 and q[i] < 0.05}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--json', action='store_true')
    ap.add_argument('--end', default='2024-08')
    ap.add_argument('--window', default='current12', choices=['current12', 'all'])
    ap.add_argument('inputs', nargs='*', default=[DATA])
    a = ap.parse_args()
    pat = re.compile(r'city of london \d{3}[a-z]')
    area = [r for p in read_partitions(a.inputs).values() for r in p if pat.fullmatch(r['lsoa name'].lower())]
    located = [r for r in area if r['longitude'] and r['latitude']]
    tr = Transformer.from_proj(WGS84, BNG, always_xy=True)
    raw = [tr.transform(float(r['longitude']), float(r['latitude'])) for r in located]
    far, limit = far_away([(whole(e), whole(n)) for e, n in raw])
    keep = [i for i in range(len(raw)) if i not in far]
    raw = [raw[i] for i in keep]
    located = [located[i] for i in keep]
    pts = [(whole(e), whole(n)) for e, n in raw]
    g = grid(pts)
    window = months_to(a.end, 12) if a.window == 'current12' else None
    in_window = [i for i, r in enumerate(located) if window is None or r['month'] in window]
    x = [0] * (g['rows'] * g['cols'])
    for i in in_window:
        r, c = cell(g, *pts[i])
        x[r * g['cols'] + c] += 1
    z, p = gi_star(x, g['rows'], g['cols'])
    q = bh(p)
    hot = [i for i in range(len(x)) if z[i] > 0 and q[i] < 0.05]
    cold = [i for i in range(len(x)) if z[i] < 0 and q[i] < 0.05]
    # Before rounding: the same rule on the raw projected coordinates.
    g_raw = grid(raw)
    on_line = sum(1 for e, n in pts if e % g['size'] == 0 or n % g['size'] == 0)
    moved = sum(1 for (e, n), (re_, rn) in zip(pts, raw) if cell(g, e, n) != cell(g, re_, rn))
    before = counts_by_corner(g_raw, raw, in_window)
    after = counts_by_corner(g, pts, in_window)
    changed = sorted(k for k in set(before) | set(after) if before[k] != after[k])
    hot_before = hot_corners(g_raw, before)
    hot_after = hot_corners(g, after)
    out = {
        'window': a.window, 'end': a.end, 'area_rows': len(area), 'located': len(located) + len(far),
        'set_aside': len(far), 'far_limit_m': limit, 'grid': g, 'grid_before_rounding': g_raw,
        'points_in_window': len(in_window), 'points_on_a_cell_line_all_months': on_line,
        'points_whose_cell_changed_all_months': moved,
        'hot': [{'row': i // g['cols'], 'col': i % g['cols'], 'count': x[i], 'z': round(z[i], 4), 'q': q[i]}
                for i in hot],
        'cold': len(cold),
        'hot_before_rounding': len(hot_before),
        'hot_only_before_rounding': sorted(hot_before - hot_after),
        'hot_only_after_rounding': sorted(hot_after - hot_before),
        'cells_changed_by_rounding_in_window': [
            {'swE': k[0], 'swN': k[1], 'before': before[k], 'after': after[k]} for k in changed],
    }
    if a.json:
        print(json.dumps(out, indent=1))
        return
    print('window %s to %s: area rows %d, located %d, set aside %d (limit %.0f m), in window %d'
          % (a.window, a.end, out['area_rows'], out['located'], out['set_aside'], limit, len(in_window)))
    print('grid: %(size)d m cells, origin %(originE)d %(originN)d, %(rows)d rows x %(cols)d cols, shorter side %(shorter)d m' % g)
    print('grid before rounding: origin %.4f %.4f, %d rows x %d cols' % (g_raw['originE'], g_raw['originN'], g_raw['rows'], g_raw['cols']))
    print('located points on a cell line (all months): %d; whose cell changes by rounding: %d' % (on_line, moved))
    print('hot cells: %d, cold cells: %d' % (len(hot), len(cold)))
    for h in out['hot']:
        print('  hot\trow %(row)d\tcol %(col)d\tcount %(count)d\tz %(z).4f\tq %(q).3g' % h)
    print('hot cells before rounding: %d; hot only before (SW corner): %s; hot only after: %s'
          % (len(hot_before), out['hot_only_before_rounding'], out['hot_only_after_rounding']))
    print('cells whose window count changed by rounding (SW corner E N: before -> after): %d' % len(changed))
    for c in out['cells_changed_by_rounding_in_window']:
        print('  %(swE)d %(swN)d: %(before)d -> %(after)d' % c)


main()
