#!/usr/bin/env python3
"""Independent statistics for an area's monthly series (written without the Java code).

Usage: stats_check.py AREA END FOLDER            -> police.uk street files under FOLDER
       stats_check.py --mps BOROUGH END FILE...  -> MPS borough tables (the last file with a month
                                                    supplies it whole, as count_mps.py does)
Prints JSON per crime type: current12, previous12, exact test p, dispersion phi (Pearson chi2 of the
24 months around their own window's mean / 22), the quasi-Poisson p (t = ln(a/b) / sqrt(phi(1/a+1/b)),
Student's t with 22 df; used when phi > 1 and both counts are positive), the deciding test and p;
Mann-Kendall S/p/tau (pymannkendall original_test, transcribed) and Sen's slope over the last 36
months with data (missing months left out, at least 24; each pair's slope divided by the months truly
between), XmR mean/limits (moving ranges only between consecutive calendar months, at least 12 months).
Monthly counts are tallied from the raw files with count_area.py's rules (identical rows dropped).
"""
import ast, csv, gzip, io, json, os, re, sys
import numpy as np
from scipy.stats import binom, norm, t as student_t

HERE = os.path.dirname(os.path.abspath(__file__))

def files(folder):
    out = []
    for root, _, names in os.walk(folder):
        out += [os.path.join(root, n) for n in names if n.endswith(('.csv', '.csv.gz'))]
    return sorted(out)

def monthly(area, folder):
    """police.uk: crime type -> month -> count; months with no file are absent (missing)."""
    pat = re.compile(re.escape(area.lower()) + r' \d{3}[a-z]$')
    counts, present = {}, set()
    for f in files(folder):
        raw = gzip.open(f, 'rb').read() if f.endswith('.gz') else open(f, 'rb').read()
        r = csv.reader(io.StringIO(raw.decode('utf-8-sig'), newline=''))
        next(r)
        seen = set()
        for row in r:
            t = tuple(row)
            if row[0] and t in seen:
                continue
            seen.add(t)
            present.add(row[1])
            if pat.match(row[8].lower()):
                counts.setdefault(row[9], {}).setdefault(row[1], 0)
                counts[row[9]][row[1]] += 1
    return counts, present

def mps_groups():
    """The police-uk groups of count_mps.py, read from its source (not run)."""
    tree = ast.parse(open(os.path.join(HERE, 'count_mps.py')).read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id == 'GROUPS':
            return ast.literal_eval(node.value)

def norm_text(s):
    return re.sub(r'\s+', ' ', s.strip()).upper()

def mps_monthly(borough, paths):
    borough = borough.upper()
    by_month = {}
    for f in paths:
        text = gzip.open(f, 'rt', encoding='utf-8-sig').read() if f.endswith('.gz') else open(f, encoding='utf-8-sig').read()
        r = csv.reader(io.StringIO(text))
        h = [x.strip() for x in next(r)]
        lower = [x.lower() for x in h]
        mi = lower.index('majortext') if 'majortext' in lower else lower.index('major category')
        ni = lower.index('minortext') if 'minortext' in lower else lower.index('minor category')
        bi = next(lower.index(c) for c in ('lookup_boroughname', 'boroughname', 'borough') if c in lower)
        rows = [row for row in r if norm_text(row[bi]) == borough]
        for i, c in enumerate(h):
            if re.fullmatch(r'\d{6}', c):
                by_month[c[:4] + '-' + c[4:]] = [(norm_text(row[mi]), norm_text(row[ni]), int(row[i] or 0)) for row in rows]
    counts = {}
    for name, pats in mps_groups().items():
        counts[name] = {m: sum(n for (a, b, n) in cells if any(a == pa and (pb is None or b == pb) for pa, pb in pats))
                        for m, cells in by_month.items()}
    return counts, set(by_month)

def months_to(end, n):
    y, m = map(int, end.split('-'))
    out = []
    for k in range(n - 1, -1, -1):
        i = y * 12 + m - 1 - k
        out.append('%04d-%02d' % (i // 12, i % 12 + 1))
    return out

def mk(pos, x):
    x = np.asarray(x, float); n = len(x)
    s = int(sum(np.sign(x[i + 1:] - x[i]).sum() for i in range(n - 1)))
    _, t = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - np.sum(t * (t - 1) * (2 * t + 5))) / 18
    z = (s - 1) / np.sqrt(var) if s > 0 else ((s + 1) / np.sqrt(var) if s < 0 else 0.0)
    sen = float(np.median([(x[j] - x[i]) / (pos[j] - pos[i]) for i in range(n) for j in range(i + 1, n)]))
    return {'n': n, 's': s, 'p': float(2 * (1 - norm.cdf(abs(z)))), 'tau': s / (n * (n - 1) / 2), 'sen': sen}

def significance(cur, prev):
    a, b = sum(cur), sum(prev)
    n = a + b
    exact = 1.0 if n == 0 else float(min(1.0, 2 * min(binom.cdf(a, n, 0.5), binom.sf(a - 1, n, 0.5))))
    chi2 = 0.0
    for w in (np.asarray(cur, float), np.asarray(prev, float)):
        if w.mean() > 0:
            chi2 += float(((w - w.mean()) ** 2 / w.mean()).sum())
    phi = chi2 / (len(cur) + len(prev) - 2)
    out = {'exactP': exact, 'dispersion': phi, 'test': 'exact-poisson', 'p': exact}
    if phi > 1 and a > 0 and b > 0:
        tq = np.log(a / b) / np.sqrt(phi * (1 / a + 1 / b))
        out.update(test='quasi-poisson', t=float(tq), p=float(2 * student_t.sf(abs(tq), len(cur) + len(prev) - 2)))
    return out

def figures(bym, present, end):
    ms = months_to(end, 36)
    x = [bym.get(m, 0) if m in present else None for m in ms]
    out = {}
    cur, prev = x[24:], x[12:24]
    if None not in cur and None not in prev:
        out.update(current12=sum(cur), previous12=sum(prev), **significance(cur, prev))
    pos = [i for i, v in enumerate(x) if v is not None]
    vals = [x[i] for i in pos]
    if len(vals) >= 24:
        out['mk'] = mk(pos, vals)
    if len(vals) >= 12:
        mr = [abs(vals[k] - vals[k - 1]) for k in range(1, len(vals)) if pos[k] - pos[k - 1] == 1]
        mean = float(np.mean(vals))
        out.update(controlN=len(vals), mean=mean, mr=float(np.mean(mr)),
                   ucl=mean + 2.66 * float(np.mean(mr)), lcl=max(0.0, mean - 2.66 * float(np.mean(mr))))
    return out

def main():
    if sys.argv[1] == '--mps':
        borough, end = sys.argv[2:4]
        counts, present = mps_monthly(borough, sys.argv[4:])
    else:
        area, end, folder = sys.argv[1:4]
        counts, present = monthly(area, folder)
    print(json.dumps({cat: figures(bym, present, end) for cat, bym in sorted(counts.items())}, indent=1))

main()
