#!/usr/bin/env python3
"""Independent count of outcome shares from police.uk street files' `Last outcome category`.

For an area (rows whose `LSOA name` is AREA + ' ' + LSOA number) and the 12 months ending END,
crimes only (not `Anti-social behaviour`), after SPEC 1.3 de-duplication (a row identical to an
earlier row with the same non-blank Crime ID in the same file is dropped): per crime type, the
crimes, the crimes with a non-blank outcome, and the share of each outcome group among those.
The groups are written out here by hand from police.uk's outcome texts, not read from saferstats.

Run: python3 src/test/scripts/count_outcomes.py "City of London" 2024-08 \
         ../shared/real-data/police-uk/city-of-london
"""
import csv, glob, gzip, io, re, sys
from collections import Counter, defaultdict

GROUPS = {
    "charge-summons": ["Awaiting court outcome", "Court result unavailable", "Court case unable to proceed",
                       "Defendant found not guilty", "Defendant sent to Crown Court", "Offender sent to prison",
                       "Offender given suspended prison sentence", "Offender given community sentence",
                       "Offender fined", "Offender given conditional discharge", "Offender given absolute discharge",
                       "Offender ordered to pay compensation", "Offender deprived of property",
                       "Offender otherwise dealt with", "Suspect charged", "Suspect charged as part of another case"],
    "other-sanction": ["Offender given a caution", "Offender given a drugs possession warning",
                       "Offender given penalty notice", "Local resolution"],
    "no-suspect": ["Investigation complete; no suspect identified"],
    "unable-to-prosecute": ["Unable to prosecute suspect", "Formal action is not in the public interest",
                            "Further investigation is not in the public interest",
                            "Further action is not in the public interest"],
    "under-investigation": ["Under investigation"],
}
ORDER = list(GROUPS) + ["other"]
GROUP_OF = {text.lower(): g for g, texts in GROUPS.items() for text in texts}


def months_back(end, n):
    y, m = map(int, end.split("-"))
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return set(out)


def main(area, end, folder):
    window = months_back(end, 12)
    pattern = re.compile(re.escape(area.lower()) + r" \d{3}[a-z]$")
    crimes, with_outcome = Counter(), Counter()
    groups = defaultdict(Counter)
    for path in sorted(glob.glob(folder + "/**/*-street.csv*", recursive=True)):
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8-sig", newline="") as f:
            seen = set()
            for row in csv.DictReader(f):
                key = tuple(row.values())
                if row["Crime ID"] and key in seen:
                    continue
                seen.add(key)
                if row["Month"] not in window or not pattern.match(row["LSOA name"].lower()):
                    continue
                if row["Crime type"] == "Anti-social behaviour":
                    continue
                t = row["Crime type"]
                crimes[t] += 1
                outcome = row["Last outcome category"].strip()
                if outcome:
                    with_outcome[t] += 1
                    groups[t][GROUP_OF.get(outcome.lower(), "other")] += 1
    print("crime type\tcrimes\twith outcome\t" + "\t".join(ORDER))
    for t in sorted(crimes):
        shares = [f"{100 * groups[t][g] / with_outcome[t]:.1f}" if with_outcome[t] else "n/a" for g in ORDER]
        print(f"{t}\t{crimes[t]}\t{with_outcome[t]}\t" + "\t".join(shares))


if __name__ == "__main__":
    main(*sys.argv[1:4])
