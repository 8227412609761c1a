#!/usr/bin/env python3
"""Independent check of the City of London compared with London's boroughs on change (issue 25).

Plain Python 3, standard library only, written from the files (not the Java code):
- the City: police.uk street rows whose LSOA name is "City of London" + an LSOA number, a row with
  a Crime ID identical to an earlier row of the same file counted once, per crime type;
- London's boroughs: the MPS borough tables, months before 2024-01 from the Historical release
  2010-04..2024-02 and from 2024-01 from the 2024-01..2025-12 release (newest release first), the
  pseudo-boroughs left out, rows grouped by the script's own statement of which MPS major (and
  minor) category each police.uk type is (2019 MPS scheme, matched upper-cased);
- windows: 2023-09..2024-08 against 2022-09..2023-08; change % to 1 dp; the City's change rank
  among the 32 boroughs' and its own (1 = the largest fall; ties share the lower rank).

Usage: python3 src/test/scripts/benchmark_city_change.py [REAL_DATA_DIR]   (default ../shared/real-data)
"""
import csv
import gzip
import math
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "real-data")
OLD = os.path.join(ROOT, "mps", "borough", "historical_2010-04_2024-02",
                   "MPS Borough Level Crime (Historical).csv.gz")
NEW = os.path.join(ROOT, "mps", "borough", "2024-01_2025-12",
                   "MPS Borough Level Crime (most recent 24 months).csv.gz")
CITY = os.path.join(ROOT, "police-uk", "city-of-london")
PSEUDO = ("unknown", "airport", "aviation", "heathrow")


def months(y, m, n):
    out = []
    for _ in range(n):
        out.append("%04d%02d" % (y, m))
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return out


CURRENT = set(months(2024, 8, 12))
PREVIOUS = set(months(2023, 8, 12))

# police.uk type -> (MPS major, minor or None for every minor)
TYPES = {
    "Bicycle theft": [("THEFT", "BICYCLE THEFT")],
    "Burglary": [("BURGLARY", None)],
    "Criminal damage and arson": [("ARSON AND CRIMINAL DAMAGE", None)],
    "Drugs": [("DRUG OFFENCES", None)],
    "Other crime": [("MISCELLANEOUS CRIMES AGAINST SOCIETY", None)],
    "Other theft": [("THEFT", "OTHER THEFT")],
    "Possession of weapons": [("POSSESSION OF WEAPONS", None)],
    "Public order": [("PUBLIC ORDER OFFENCES", None)],
    "Robbery": [("ROBBERY", None)],
    "Shoplifting": [("THEFT", "SHOPLIFTING")],
    "Theft from the person": [("THEFT", "THEFT FROM THE PERSON")],
    "Vehicle crime": [("VEHICLE OFFENCES", None)],
    "Violence and sexual offences": [("VIOLENCE AGAINST THE PERSON", None), ("SEXUAL OFFENCES", None)],
}


def type_of(major, minor):
    for t, pairs in TYPES.items():
        for ma, mi in pairs:
            if major == ma and (mi is None or minor == mi):
                return t
    return None


def boroughs():
    out = {}  # borough -> type -> [current, previous]
    for path, keep in ((OLD, lambda mo: mo < "202401"), (NEW, lambda mo: mo >= "202401")):
        with gzip.open(path, "rt", encoding="utf-8-sig", newline="") as f:
            rows = csv.reader(f)
            header = next(rows)
            cols = [(i, h) for i, h in enumerate(header) if re.fullmatch(r"\d{6}", h) and keep(h)]
            for row in rows:
                b = row[2].strip()
                if any(p in b.lower() for p in PSEUDO):
                    continue
                t = type_of(row[0].strip().upper(), row[1].strip().upper())
                if t is None:
                    continue
                cell = out.setdefault(b, {}).setdefault(t, [0, 0])
                for i, h in cols:
                    if h in CURRENT:
                        cell[0] += int(row[i])
                    elif h in PREVIOUS:
                        cell[1] += int(row[i])
    return out


def city():
    out = {}
    pat = re.compile(r"city of london \d{3}[a-z]$")
    for folder in sorted(os.listdir(CITY)):
        for name in sorted(os.listdir(os.path.join(CITY, folder))):
            with gzip.open(os.path.join(CITY, folder, name), "rt", encoding="utf-8-sig", newline="") as f:
                rows = csv.reader(f)
                next(rows)
                seen = set()
                for row in rows:
                    t = tuple(row)
                    if row[0] and t in seen:
                        continue
                    seen.add(t)
                    if not pat.match(row[8].strip().lower()) or row[9] == "Anti-social behaviour":
                        continue
                    mo = row[1].replace("-", "")
                    cell = out.setdefault(row[9], [0, 0])
                    if mo in CURRENT:
                        cell[0] += 1
                    elif mo in PREVIOUS:
                        cell[1] += 1
    return out


def pct(now, before):
    return None if now < 10 or before < 10 else round(1000.0 * (now - before) / before) / 10.0


def main():
    b = boroughs()
    c = city()
    print("figure,city_current,city_previous,city_change_pct,london_current,london_previous,"
          "london_change_pct,city_change_rank_of")
    for t in ["All crime"] + list(TYPES):
        types = list(TYPES) if t == "All crime" else [t]
        cn = sum(c.get(x, [0, 0])[0] for x in types)
        cp = sum(c.get(x, [0, 0])[1] for x in types)
        per = {n: [sum(v.get(x, [0, 0])[k] for x in types) for k in (0, 1)] for n, v in b.items()}
        ln = sum(v[0] for v in per.values())
        lp = sum(v[1] for v in per.values())
        logs = {n: math.log(v[0] / v[1]) for n, v in per.items() if v[0] >= 10 and v[1] >= 10}
        rank = ""
        if cn >= 10 and cp >= 10:
            mine = math.log(cn / cp)
            rank = "%d of %d" % (1 + sum(1 for v in logs.values() if v < mine), len(logs) + 1)
        print("%s,%d,%d,%s,%d,%d,%s,%s" % (t, cn, cp, pct(cn, cp), ln, lp, pct(ln, lp), rank))
    print("boroughs,%d" % len(b))


main()
