#!/usr/bin/env python3
"""Independent count of a police.uk force's community safety partnerships, written without the Java.

Usage: csp_peers.py FORCE END FOLDER [FOLDER ...]
Rules (SPEC 1.1-1.3, issue 25): files are read in the order given, each folder walked in sorted
path order; a later file's (Reported by, Month) partition replaces an earlier one's; within a
partition a row with a non-blank Crime ID identical to an earlier row is dropped. A row's local
authority is its LSOA name less the LSOA number ("Harrow 001A" is Harrow); rows with no LSOA name
are in none. Prints, per local authority, the located rows by Falls within, the force with most of
them and FORCE's share; then FORCE's partnerships (where it holds most rows, a tie is not most) with
their crimes (every Crime type but Anti-social behaviour, every force's rows) in the 12 months to
END and the 12 before.
"""
import csv, gzip, io, os, re, sys
from collections import Counter, defaultdict

def files(folder):
    out = []
    for root, _, names in os.walk(folder):
        for n in names:
            if n.endswith('.csv') or n.endswith('.csv.gz'):
                out.append(os.path.join(root, n))
    return sorted(out, key=lambda p: p.split(os.sep))

def rows(path):
    raw = gzip.open(path, 'rb').read() if path.endswith('.gz') else open(path, 'rb').read()
    r = csv.reader(io.StringIO(raw.decode('utf-8-sig'), newline=''))
    header = [h.strip().lower() for h in next(r)]
    if header[-1] != 'context':
        return None  # not a street file
    return list(r)

def main():
    force, end, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
    y, m = map(int, end.split('-'))
    def minus(k):
        i = y * 12 + m - 1 - k
        return '%04d-%02d' % (i // 12, i % 12 + 1)
    cur = {minus(k) for k in range(12)}
    prev = {minus(k) for k in range(12, 24)}
    partitions = {}
    for folder in folders:
        for f in files(folder):
            rs = rows(f)
            if rs is None:
                continue
            parts = {}
            for row in rs:
                parts.setdefault((row[2], row[1]), []).append(row)
            for key, prs in parts.items():
                seen, kept = set(), []
                for row in prs:
                    t = tuple(row)
                    if row[0] and t in seen:
                        continue
                    seen.add(t)
                    kept.append(row)
                partitions[key] = kept
    number = re.compile(r' \d{3}[A-Za-z]$')
    by_force = defaultdict(Counter)
    c12, p12 = Counter(), Counter()
    for kept in partitions.values():
        for row in kept:
            name = row[8]
            if not name:
                continue
            la = number.sub('', name)
            by_force[la][row[3]] += 1
            if row[9] != 'Anti-social behaviour':
                if row[1] in cur: c12[la] += 1
                if row[1] in prev: p12[la] += 1
    print('local_authority,rows,holder,holder_rows,force_rows,force_share_pct')
    mine = []
    for la in sorted(by_force):
        forces = by_force[la]
        own = forces.get(force, 0)
        if own == 0:
            continue
        total = sum(forces.values())
        rival = max([n for f, n in forces.items() if f != force], default=0)
        holder = force if own > rival else max((n, f) for f, n in forces.items() if f != force)[1]
        print('%s,%d,%s,%d,%d,%.1f' % (la, total, holder, forces[holder], own, 100.0 * own / total))
        if holder == force:
            mine.append(la)
    print()
    print('partnership,crimes_12_to_%s,crimes_previous_12' % end)
    for la in mine:
        print('%s,%d,%d' % (la, c12[la], p12[la]))

main()
