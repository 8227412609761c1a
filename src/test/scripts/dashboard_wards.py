#!/usr/bin/env python3
"""Independent ward count from the MPS Monthly Crime Dashboard's SNT rows (issue 25, part 2).

Plain Python over the CSV (gzipped or not), written apart from saferstats' Java. For each key
(ward code, offence group, subgroup, measure, month, area name) the row with the newest refresh date
is kept; rows of one ward code under two names (Belmont and "Belmont (QA)") are added up. Then each
ward's Offences of one subgroup alone (never the group's strands) are summed over the 12 months to
END and the 12 before. A ward with no row in a month counts 0 there (the dashboard has no zero rows).

usage: dashboard_wards.py FILE [END] [GROUP/SUBGROUP ...]
       (defaults: 2025-07, "Hate crime/Hate crime" and "Domestic Abuse/Domestic Abuse")
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
    end = sys.argv[2] if len(sys.argv) > 2 else "2025-07"
    wanted = sys.argv[3:] or ["Hate crime/Hate crime", "Domestic Abuse/Domestic Abuse"]
    current = set(months_back(end, 12))
    previous = set(months_back(end, 24)) - current
    opener = gzip.open if path.endswith(".gz") else open
    newest = {}  # key -> (refresh, count)
    names = {}
    with opener(path, "rt", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if "neighbourhood" not in row["area_type"].lower() or row["measure"] != "Offences":
                continue
            key = (row["area_code"], fold(row["crime_type"]) + "/" + fold(row["crime_subtype"]),
                   row["month_year"], row["area_name"])
            refresh = row["refresh_date"]
            if key not in newest or refresh > newest[key][0]:
                newest[key] = (refresh, int(row["count"]))
            names.setdefault(row["area_code"], row["area_name"])
    for w in wanted:
        g, s = w.split("/", 1)
        cat = fold(g) + "/" + fold(s)
        now, before = {}, {}
        for (code, c, month, _), (_, n) in newest.items():
            if c != cat:
                continue
            if month in current:
                now[code] = now.get(code, 0) + n
            elif month in previous:
                before[code] = before.get(code, 0) + n
        print(f"{w}: 12 months to {end}, wards total {sum(now.values())} "
              f"(previous 12: {sum(before.values())})")
        print("rank,code,name,current,previous")
        order = sorted(names, key=lambda c: (-now.get(c, 0), c))
        for i, code in enumerate(order, 1):
            print(f"{i},{code},{names[code].replace(' (QA)', '')},{now.get(code, 0)},"
                  f"{before.get(code, 0)}")


if __name__ == "__main__":
    main()
