#!/usr/bin/env python3
"""Independent count of the MPS Monthly Crime Dashboard for one borough (issue 25).

Plain Python over the CSV (gzipped or not), written apart from saferstats' Java: for each key
(area, offence group, subgroup, measure, month) the row with the newest refresh date is kept, then
the borough's rows are summed over the 12 months to END and the 12 before. Group and subgroup are
compared case-folded with spaces collapsed (the DA-with-injury subgroup is spelled two ways).

usage: dashboard_counts.py FILE [BOROUGH] [END]   (defaults: Harrow, 2025-07)
"""
import csv
import gzip
import sys


def fold(s):
    return " ".join(s.split()).lower()


def months_back(end, n):
    y, m = int(end[:4]), int(end[5:7])
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return out


def main():
    path = sys.argv[1]
    borough = sys.argv[2] if len(sys.argv) > 2 else "Harrow"
    end = sys.argv[3] if len(sys.argv) > 3 else "2025-07"
    opener = gzip.open if path.endswith(".gz") else open
    newest = {}
    with opener(path, "rt", encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            if r["area_type"] != "Borough" or r["area_name"] != borough:
                continue
            key = (fold(r["crime_type"]), fold(r["crime_subtype"]), r["measure"], r["month_year"])
            if key not in newest or r["refresh_date"] > newest[key][0]:
                newest[key] = (r["refresh_date"], int(r["count"]))
    current = set(months_back(end, 12))
    previous = set(months_back(end, 24)) - current
    totals = {}
    for (group, subgroup, measure, month), (_, n) in newest.items():
        t = totals.setdefault((group, subgroup, measure), [0, 0])
        if month in current:
            t[0] += n
        elif month in previous:
            t[1] += n
    print(f"{borough}, 12 months to {end} (current) and the 12 before (previous)")
    print("group/subgroup,measure,current12,previous12")
    for (group, subgroup, measure), (c, p) in sorted(totals.items()):
        print(f"{group}/{subgroup},{measure},{c},{p}")
    strands = sum(
        c for (g, s, m), (c, _) in totals.items()
        if g == "hate crime" and s != "hate crime" and m == "Offences")
    print(f"hate crime strands added up (wrong: they overlap),Offences,{strands},")


if __name__ == "__main__":
    main()
