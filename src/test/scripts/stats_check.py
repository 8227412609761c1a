#!/usr/bin/env python3
"""Independent statistics for an area's police.uk monthly series (written without the Java code).

Usage: stats_check.py AREA END FOLDER   -> JSON per crime type: current12, previous12, exact test p,
Mann-Kendall S/p/tau (pymannkendall original_test, transcribed), Sen's slope, XmR mean/limits.
Monthly counts are tallied from the raw files with count_area.py's rules (identical rows dropped).
"""
import csv, gzip, io, json, os, re, sys
import numpy as np
from scipy.stats import binom, norm

def files(folder):
    out = []
    for root, _, names in os.walk(folder):
        out += [os.path.join(root, n) for n in names if n.endswith(('.csv', '.csv.gz'))]
    return sorted(out)

def monthly(area, folder):
    pat = re.compile(re.escape(area.lower()) + r' \d{3}[a-z]$')
    counts = {}
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
            if pat.match(row[8].lower()):
                counts.setdefault(row[9], {}).setdefault(row[1], 0)
                counts[row[9]][row[1]] += 1
    return counts

def months_to(end, n):
    y, m = map(int, end.split('-'))
    out = []
    for k in range(n - 1, -1, -1):
        i = y * 12 + m - 1 - k
        out.append('%04d-%02d' % (i // 12, i % 12 + 1))
    return out

def mk(x):
    x = np.asarray(x, float); n = len(x)
    s = int(sum(np.sign(x[i + 1:] - x[i]).sum() for i in range(n - 1)))
    _, t = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - np.sum(t * (t - 1) * (2 * t + 5))) / 18
    z = (s - 1) / np.sqrt(var) if s > 0 else ((s + 1) / np.sqrt(var) if s < 0 else 0.0)
    sen = float(np.median([(x[j] - x[i]) / (j - i) for i in range(n) for j in range(i + 1, n)]))
    return {'s': s, 'p': float(2 * (1 - norm.cdf(abs(z)))), 'tau': s / (n * (n - 1) / 2), 'sen': sen}

def main():
    area, end, folder = sys.argv[1:4]
    counts = monthly(area, folder)
    ms = months_to(end, 36)
    out = {}
    for cat, bym in sorted(counts.items()):
        x = [bym.get(m, 0) for m in ms]
        a, b = sum(x[24:]), sum(x[12:24])
        n = a + b
        p = 1.0 if n == 0 else min(1.0, 2 * min(binom.cdf(a, n, 0.5), binom.sf(a - 1, n, 0.5)))
        mr = float(np.mean(np.abs(np.diff(x))))
        mean = float(np.mean(x))
        out[cat] = {'current12': a, 'previous12': b, 'p': float(p), 'mk': mk(x),
                    'mean': mean, 'ucl': mean + 2.66 * mr, 'lcl': max(0.0, mean - 2.66 * mr)}
    print(json.dumps(out, indent=1))

main()
