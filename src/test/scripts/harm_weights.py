#!/usr/bin/env python3
"""Independent check of saferstats' harm weights (SPEC 4.8), straight from the two published files.

    python3 src/test/scripts/harm_weights.py ../shared/real-data ["Metropolitan Police"]

For the force named (Home Office spelling), prints each police.uk category's and each Home Office offence
subgroup's average ONS Crime Severity Score over the force's 2019/20 offence mix:
    sum over the category's offence codes of (offences x weight) / sum of offences
The MPS's current categories follow the Home Office subgroups (Violence with injury, Rape offences, ...),
so the subgroup averages check the MPS side too. Plain Python, no third-party modules; it reads
neither the jar's resources nor saferstats' code.
"""
import csv
import gzip
import os
import sys
from collections import defaultdict


def read(root, path):
    with gzip.open(os.path.join(root, path), "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main(root, force):
    weight = {}
    police_uk = {}
    for r in read(root, "harm/policeuk-ons-code-join.csv.gz"):
        code = r["ONS_COUNTS_code"]
        if "/" in code:  # the combined homicide row: its codes have rows of their own
            continue
        weight[code] = float(r["ONS_SEVERITY_weight"])
        police_uk[code] = r["POLICE_UK_CAT_MAP_category"]
    offences = defaultdict(float)
    subgroup = {}
    for r in read(root, "home-office/prc-pfa-2019-20-detailed-offence-counts.csv.gz"):
        if r["Force Name"] != force:
            continue
        offences[r["Offence Code"]] += float(r["Number of Offences"])
        subgroup[r["Offence Code"]] = r["Offence Subgroup"]
    for title, group_of in (("police.uk category", police_uk), ("Home Office subgroup", subgroup)):
        num = defaultdict(float)
        den = defaultdict(float)
        for code, n in offences.items():
            if code not in weight or code not in group_of:
                continue
            n = max(n, 0.0)
            num[group_of[code]] += n * weight[code]
            den[group_of[code]] += n
        print(f"{force} 2019/20, average CSS by {title}")
        print(f"{'category':<45}{'offences':>10}{'average':>14}")
        for g in sorted(num):
            avg = f"{num[g] / den[g]:.4f}" if den[g] else "n/a"
            print(f"{g:<45}{int(den[g]):>10}{avg:>14}")
        print()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/real-data",
         sys.argv[2] if len(sys.argv) > 2 else "Metropolitan Police")
