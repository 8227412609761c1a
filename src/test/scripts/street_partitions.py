"""Shared by hotspots_city.py and outcomes_city.py: read police.uk street files as SPEC 1.3 says.

Independent of the Java code (stdlib only). Files or folders in the order given, folders walked recursively and
sorted by path compared name by name; only street files (recognised by header: case, spaces, BOM, CRLF ignored);
partition = (street, Reported by, Month), a later input's partition replacing an earlier one's; inside a partition
a row with a non-blank Crime ID identical in every field to an earlier row is dropped; rows with a wrong field
count or a bad Month are skipped. pct() rounds half-up on the exact fraction, as Java does.
"""
import csv, gzip, io, os, re
from collections import defaultdict
from fractions import Fraction

STREET = ['crime id', 'month', 'reported by', 'falls within', 'longitude', 'latitude', 'location',
          'lsoa code', 'lsoa name', 'crime type', 'last outcome category', 'context']

def input_files(inputs):
    for inp in inputs:
        if os.path.isdir(inp):
            found = [os.path.join(r, n) for r, _, ns in os.walk(inp) for n in ns if n.endswith(('.csv', '.csv.gz'))]
            yield from sorted(found, key=lambda p: os.path.relpath(p, inp).split(os.sep))
        else:
            yield inp

def read_partitions(inputs):
    partitions = {}
    for path in input_files(inputs):
        raw = gzip.open(path, 'rb').read() if path.endswith('.gz') else open(path, 'rb').read()
        rd = csv.reader(io.StringIO(raw.decode('utf-8-sig'), newline=''))
        header = [' '.join(h.replace('\ufeff', '').split()).lower() for h in next(rd, [])]
        if header != STREET:
            continue
        parts = defaultdict(list)
        for row in rd:
            if len(row) != len(header) or not re.fullmatch(r'\d{4}-\d{2}', row[1]):
                continue
            parts[('street', row[2], row[1])].append(row)
        for key, rows in parts.items():
            seen, kept = set(), []
            for row in rows:
                t = tuple(row)
                if row[0] and t in seen:
                    continue
                seen.add(t)
                kept.append(dict(zip(STREET, row)))
            partitions[key] = kept          # later input wins
    return partitions

def pct(num, den):
    if den == 0:
        return None
    q = Fraction(1000 * num, den)           # tenths of a percent, half-up
    return float((q.numerator * 2 + q.denominator) // (2 * q.denominator)) / 10
