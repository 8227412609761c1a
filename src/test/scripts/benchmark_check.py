#!/usr/bin/env python3
"""Independent check of `saferstats benchmark` on the shared real data (issue 25, SPEC 4.7).

Plain Python 3, standard library only, reading the shared files directly:
- counts: every row of the MPS borough Historical release 2010-04..2024-02 summed per borough over
  the 12 months 2023-03..2024-02 (the newest release covering all 24 months the benchmark reads),
  leaving out the pseudo-boroughs (Unknown, London Heathrow and London City Airports);
- population: ONS mid-2020 LSOA estimates (Persons_All-Ages) summed per LAD11NM;
- rate per 1,000, pooled rate, z-scores, φ from z-scores winsorised at the 10th/90th percentiles
  (linear interpolation), τ² by DerSimonian–Laird, random-effects z and funnel position, and the
  observed rank (1 = lowest rate).

Usage: python3 src/test/scripts/benchmark_check.py [REAL_DATA_DIR]   (default ../shared/real-data)
"""
import csv
import gzip
import math
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "real-data")
RELEASE = os.path.join(ROOT, "mps", "borough", "historical_2010-04_2024-02",
                       "MPS Borough Level Crime (Historical).csv.gz")
POPULATION = os.path.join(ROOT, "population", "london-lsoa11-mid2020-population.csv.gz")
MONTHS = ["2023%02d" % m for m in range(3, 13)] + ["202401", "202402"]
PSEUDO = ("unknown", "airport", "aviation", "heathrow")
Z95, Z998 = 1.959963984540054, 3.090232306167813


def counts():
    out = {}
    with gzip.open(RELEASE, "rt", encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        cols = [header.index(m) for m in MONTHS]
        for row in rows:
            borough = row[2].strip()
            if any(p in borough.lower() for p in PSEUDO):
                continue
            out[borough] = out.get(borough, 0) + sum(int(row[c]) for c in cols)
    return out


def population():
    out = {}
    with gzip.open(POPULATION, "rt", encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            out[row["LAD11NM"]] = out.get(row["LAD11NM"], 0) + int(row["Persons_All-Ages"])
    return out


def quantile(sorted_values, p):
    h = (len(sorted_values) - 1) * p
    lo = math.floor(h)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (h - lo) * (sorted_values[hi] - sorted_values[lo])


def main():
    y = counts()
    n = population()
    names = sorted(y)
    pooled = 1000.0 * sum(y[a] for a in names) / sum(n[a] for a in names)
    rate = {a: 1000.0 * y[a] / n[a] for a in names}
    s2 = {a: 1000.0 * pooled / n[a] for a in names}
    z = {a: (rate[a] - pooled) / math.sqrt(s2[a]) for a in names}
    zs = sorted(z.values())
    lo, hi = quantile(zs, 0.1), quantile(zs, 0.9)
    k = len(names)
    phi = sum(min(max(v, lo), hi) ** 2 for v in z.values()) / k
    w = [1 / s2[a] for a in names]
    tau2 = max(0.0, (k * phi - (k - 1)) / (sum(w) - sum(x * x for x in w) / sum(w)))
    print("boroughs %d; months %s..%s" % (k, MONTHS[0], MONTHS[-1]))
    print("pooled rate per 1,000 %.6f" % pooled)
    print("phi %.6f" % phi)
    print("tau2 %.6f" % tau2)
    print("name,count,population,ratePer1000,rank,zRandomEffects,funnel")
    order = sorted(names, key=lambda a: rate[a])
    for a in order:
        zr = (rate[a] - pooled) / math.sqrt(s2[a] + tau2)
        pos = ("above 99.8 %" if zr > Z998 else "above 95 %" if zr > Z95 else
               "below 99.8 %" if zr < -Z998 else "below 95 %" if zr < -Z95 else "within")
        rank = 1 + sum(1 for b in names if rate[b] < rate[a])
        print("%s,%d,%d,%.4f,%d,%.6f,%s" % (a, y[a], n[a], rate[a], rank, zr, pos))


if __name__ == "__main__":
    main()
