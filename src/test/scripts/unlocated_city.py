#!/usr/bin/env python3
"""Independent count of the City of London Police's crimes with no location (SPEC 4.5).

Usage: python3 src/test/scripts/unlocated_city.py ../shared/real-data/police-uk/city-of-london

Per 12-month window (current 2023-09..2024-08, previous 2022-09..2023-08): the force's rows with no
location, all the force's rows, the share, the area's located rows (LSOA name "City of London ...")
and the area's change with and without the unlocated rows. Identical rows with a Crime ID in a month
file are counted once (as count_area.py does); rows with a blank Crime ID, and rows sharing a Crime
ID but differing, are all kept.
"""
import collections
import csv
import glob
import gzip
import os
import sys

root = sys.argv[1]
area, unloc, force = (collections.Counter() for _ in range(3))
for f in sorted(glob.glob(os.path.join(root, "*", "*.csv.gz"))):
    seen = set()
    with gzip.open(f, "rt", encoding="utf-8-sig", newline="") as h:
        for raw in csv.reader(h):
            if raw[0] == "Crime ID" or (raw[0] and tuple(raw) in seen):
                continue
            seen.add(tuple(raw))
            month, falls, lon, lsoa_name = raw[1], raw[3], raw[4], raw[8]
            if falls != "City of London Police":
                continue
            w = "current" if "2023-09" <= month <= "2024-08" else (
                "previous" if "2022-09" <= month <= "2023-08" else None)
            if w is None:
                continue
            force[w] += 1
            if not lon:
                unloc[w] += 1
            elif lsoa_name.startswith("City of London"):
                area[w] += 1
for w in ("previous", "current"):
    print(f"{w}: unlocated {unloc[w]} of {force[w]} = {100 * unloc[w] / force[w]:.1f}%;"
          f" area {area[w]}; rest {force[w] - area[w]}")
a = 100 * (area["current"] - area["previous"]) / area["previous"]
both = 100 * ((area["current"] + unloc["current"]) - (area["previous"] + unloc["previous"])) / (
    area["previous"] + unloc["previous"])
print(f"area change {a:+.1f}%; with the unlocated {both:+.1f}%")
