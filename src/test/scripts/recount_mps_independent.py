#!/usr/bin/env python3
# Written by a separate checker from the data and SPEC 1.4 alone, without reading the Java or count_mps.py.
# Usage: python3 recount_mps_independent.py  (reads ../shared/real-data/mps/borough; prints windows per release)
"""Independent recount of Harrow comparisons from MPS borough-level wide tables (SPEC 1.4 rule).

Standard library only. Reads ../shared/real-data/mps/borough/*/*.csv.gz (beside the repository), writes nothing but stdout.
"""
import csv
import glob
import gzip
import io
import os
import re
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/real-data/mps/borough")
BOROUGH = "harrow"
ENDS = [(2022, 12), (2023, 2), (2025, 12), (2020, 6)]

BOROUGH_COLS = {"borough", "lookup_boroughname", "boroughname"}
MAJOR_COLS = {"major category", "majortext"}
MINOR_COLS = {"minor category", "minortext"}

CATS = {
    "all": lambda maj: True,
    "burglary": lambda maj: maj == "BURGLARY",
    "robbery": lambda maj: maj == "ROBBERY",
    "drugs": lambda maj: maj in ("DRUG OFFENCES", "DRUGS"),
}

notes = []  # data surprises


def ym_add(ym, k):
    y, m = ym
    n = y * 12 + (m - 1) + k
    return (n // 12, n % 12 + 1)


def ym_range(a, b):
    out = []
    cur = a
    while cur <= b:
        out.append(cur)
        cur = ym_add(cur, 1)
    return out


def fmt(ym):
    return "%04d-%02d" % ym


class Release:
    def __init__(self, path):
        self.path = path
        self.label = os.path.relpath(path, BASE)
        self.short = os.path.basename(os.path.dirname(path))
        raw = gzip.open(path, "rb").read()
        self.bom = raw.startswith(b"\xef\xbb\xbf")
        self.crlf = b"\r\n" in raw
        text = raw.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        self.header = [h.strip() for h in rows[0]]
        low = [h.lower() for h in self.header]
        self.bcol = next(i for i, h in enumerate(low) if h in BOROUGH_COLS)
        self.majcol = next(i for i, h in enumerate(low) if h in MAJOR_COLS)
        self.mincol = next(i for i, h in enumerate(low) if h in MINOR_COLS)
        self.months = {}  # ym -> column index
        for i, h in enumerate(self.header):
            if re.fullmatch(r"\d{6}", h):
                self.months[(int(h[:4]), int(h[4:]))] = i
        self.first = min(self.months)
        self.last = max(self.months)
        if sorted(self.months) != ym_range(self.first, self.last):
            notes.append("%s: month columns not contiguous" % self.label)
        self.n_rows = 0
        self.bad_width = 0
        self.boroughs = Counter()
        self.key_counts = Counter()
        self.h_rows = []  # (major_raw, minor_raw, {ym: value or None})
        self.nonint = []  # (borough, major, minor, ym, raw)
        self.blank = []
        self.negative = []
        for r in rows[1:]:
            if not r or all(not c.strip() for c in r):
                continue
            self.n_rows += 1
            if len(r) != len(self.header):
                self.bad_width += 1
            b = r[self.bcol]
            self.boroughs[b] += 1
            self.key_counts[(b.strip().lower(), r[self.majcol].strip().upper(), r[self.mincol].strip().upper())] += 1
            vals = {}
            for ym, ci in self.months.items():
                raw_c = r[ci] if ci < len(r) else ""
                s = raw_c.strip()
                if s == "":
                    vals[ym] = None
                    self.blank.append((b, r[self.majcol], r[self.mincol], ym))
                    continue
                try:
                    d = Decimal(s)
                except InvalidOperation:
                    vals[ym] = None
                    self.nonint.append((b, r[self.majcol], r[self.mincol], ym, raw_c))
                    continue
                if d != d.to_integral_value() or not re.fullmatch(r"-?\d+", s):
                    self.nonint.append((b, r[self.majcol], r[self.mincol], ym, raw_c))
                if d < 0:
                    self.negative.append((b, r[self.majcol], r[self.mincol], ym, raw_c))
                vals[ym] = d
            if b.strip().lower() == BOROUGH:
                self.h_rows.append((r[self.majcol], r[self.mincol], vals))
        # coverage for Harrow: month column present, Harrow rows present, no blank/unparseable Harrow cell
        self.h_cover = set()
        if self.h_rows:
            for ym in self.months:
                if all(v[ym] is not None for _, _, v in self.h_rows):
                    self.h_cover.add(ym)

    def rank_key(self):
        return (self.last, self.first)

    def total(self, cat, months):
        pred = CATS[cat]
        t = Decimal(0)
        for maj, _, vals in self.h_rows:
            if pred(maj.strip().upper()):
                for ym in months:
                    t += vals[ym]
        return t

    def month_value(self, cat, ym):
        pred = CATS[cat]
        return sum((vals[ym] for maj, _, vals in self.h_rows if pred(maj.strip().upper())), Decimal(0))


def windows(E):
    y, m = E
    cur = ym_range(ym_add(E, -11), E)
    prev = ym_range(ym_add(E, -23), ym_add(E, -12))
    # financial quarters: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar; quarter-end months 6,9,12,3
    qe = E
    while qe[1] not in (3, 6, 9, 12):
        qe = ym_add(qe, -1)
    q = ym_range(ym_add(qe, -2), qe)
    qly = [ym_add(x, -12) for x in q]
    fy_start = (y, 4) if m >= 4 else (y - 1, 4)
    fytd = ym_range(fy_start, E)
    fytdly = [ym_add(x, -12) for x in fytd]
    qname = {6: "Q1", 9: "Q2", 12: "Q3", 3: "Q4"}[qe[1]]
    fy_label = "FY%d/%02d" % (fy_start[0], (fy_start[0] + 1) % 100)
    return [
        ("current12", "previous12", cur, prev, ""),
        ("quarter", "quarterLastYear", q, qly, qname),
        ("fytd", "fytdLastYear", fytd, fytdly, fy_label),
    ]


def span(ms):
    return "%s..%s (%d m)" % (fmt(ms[0]), fmt(ms[-1]), len(ms))


def dstr(d):
    if d is None:
        return "None"
    return str(int(d)) if d == d.to_integral_value() else str(d)


def main():
    paths = sorted(glob.glob(os.path.join(BASE, "*", "*.csv.gz")))
    rels = [Release(p) for p in paths]
    ranked = sorted(rels, key=lambda r: r.rank_key(), reverse=True)

    out = []
    P = out.append
    P("Independent recount - MPS borough tables, borough=Harrow (case-insensitive), rule SPEC 1.4")
    P("")
    P("RELEASES (rank order: newest last month, then later first month)")
    for i, r in enumerate(ranked, 1):
        P("  #%d %-28s cols=%s|%s|%s months=%s..%s (%d) rows=%d boroughs=%d harrowRows=%d harrowCovered=%d BOM=%s CRLF=%s"
          % (i, r.short, r.header[r.majcol], r.header[r.mincol], r.header[r.bcol], fmt(r.first), fmt(r.last),
             len(r.months), r.n_rows, len(r.boroughs), len(r.h_rows), len(r.h_cover), r.bom, r.crlf))
    P("")

    # ---------- comparisons ----------
    P("COMPARISONS  (value per window; 'src' = release that supplied the pair)")
    for E in ENDS:
        P("")
        P("=== E = %s ===" % fmt(E))
        for a_name, b_name, a_ms, b_ms, extra in windows(E):
            need = set(a_ms) | set(b_ms)
            single = next((r for r in ranked if need <= r.h_cover), None)
            if single is not None:
                src = {ym: single for ym in need}
                how = "single release %s" % single.short
            else:
                src = {}
                for ym in need:
                    src[ym] = next((r for r in ranked if ym in r.h_cover), None)
                used = Counter(s.short if s else "NONE" for s in src.values())
                how = "SPLICE " + ", ".join("%s:%dm" % kv for kv in sorted(used.items()))
            P("  %s / %s  %s  [%s | %s]  -> %s" % (a_name, b_name, extra, span(a_ms), span(b_ms), how))
            for cat in CATS:
                res = []
                for ms in (a_ms, b_ms):
                    if any(src[ym] is None for ym in ms):
                        miss = sum(1 for ym in ms if src[ym] is None)
                        res.append("None(missing %d m)" % miss)
                    else:
                        res.append(dstr(sum((src[ym].month_value(cat, ym) for ym in ms), Decimal(0))))
                P("      %-9s %s=%s  %s=%s" % (cat, a_name, res[0], b_name, res[1]))

    # ---------- calendar 2022 ----------
    P("")
    P("CALENDAR 2022 ALL-CRIME TOTAL, Harrow, per release covering 2022")
    cal = ym_range((2022, 1), (2022, 12))
    for r in ranked:
        cov = [ym for ym in cal if ym in r.h_cover]
        if len(cov) == 12:
            P("  %-28s all=%s  burglary=%s  robbery=%s  drugs=%s" % (
                r.short, dstr(r.total("all", cal)), dstr(r.total("burglary", cal)),
                dstr(r.total("robbery", cal)), dstr(r.total("drugs", cal))))
        elif cov:
            P("  %-28s covers only %d of 12 months of 2022" % (r.short, len(cov)))
    P("  per-major breakdown of calendar 2022 (upper-cased major text):")
    c22 = [r for r in ranked if set(cal) <= r.h_cover]
    majors = sorted({m.strip().upper() for r in c22 for m, _, _ in r.h_rows})
    P("    %-40s %s" % ("major", "  ".join("%14s" % r.short[:14] for r in c22)))
    for mj in majors:
        vals = []
        for r in c22:
            rows = [v for m, _, v in r.h_rows if m.strip().upper() == mj]
            vals.append(dstr(sum((v[ym] for v in rows for ym in cal), Decimal(0))) if rows else "-")
        P("    %-40s %s" % (mj, "  ".join("%14s" % x for x in vals)))

    # ---------- data checks ----------
    P("")
    P("DATA CHECKS")
    for r in ranked:
        P("  %s:" % r.short)
        P("    non-whole-number cells (all boroughs): %d; Harrow: %d" % (
            len(r.nonint), sum(1 for x in r.nonint if x[0].strip().lower() == BOROUGH)))
        for x in r.nonint[:10]:
            P("      %r" % (x,))
        P("    blank cells (all boroughs): %d; Harrow: %d" % (
            len(r.blank), sum(1 for x in r.blank if x[0].strip().lower() == BOROUGH)))
        for x in r.blank[:10]:
            P("      %r" % (x,))
        P("    negative cells: %d" % len(r.negative))
        for x in r.negative[:10]:
            P("      %r" % (x,))
        P("    rows with wrong number of fields: %d" % r.bad_width)
        dups = [(k, c) for k, c in r.key_counts.items() if c > 1]
        P("    duplicate borough/major/minor keys (case-folded): %d" % len(dups))
        for k, c in dups[:10]:
            P("      %r x%d" % (k, c))
        hv = [b for b in r.boroughs if b.strip().lower() == BOROUGH]
        P("    Harrow spellings: %r; boroughs with surrounding whitespace: %r" % (
            hv, [b for b in r.boroughs if b != b.strip()]))
        P("    borough list: %s" % ", ".join(sorted(r.boroughs)))
        majors = Counter(m.strip() for m, _, _ in r.h_rows)
        P("    Harrow majors (rows): %s" % "; ".join("%s(%d)" % kv for kv in sorted(majors.items())))
        ws = [(m, n) for m, n, _ in r.h_rows if m != m.strip() or n != n.strip()]
        if ws:
            P("    Harrow category names with surrounding whitespace: %r" % ws)

    # ---------- cross-release revisions for overlapping months ----------
    P("")
    P("OVERLAP / REVISION CHECK (Harrow, per month, where two releases both cover a month)")
    for i in range(len(ranked)):
        for j in range(i + 1, len(ranked)):
            a, b = ranked[i], ranked[j]
            common = sorted(a.h_cover & b.h_cover)
            if not common:
                continue
            P("  %s vs %s: %d common months %s..%s" % (a.short, b.short, len(common), fmt(common[0]), fmt(common[-1])))
            for cat in CATS:
                ta = sum((a.month_value(cat, ym) for ym in common), Decimal(0))
                tb = sum((b.month_value(cat, ym) for ym in common), Decimal(0))
                diffm = [ym for ym in common if a.month_value(cat, ym) != b.month_value(cat, ym)]
                P("    %-9s total %s vs %s (diff %s); months differing: %d" % (
                    cat, dstr(ta), dstr(tb), dstr(ta - tb), len(diffm)))
            # minor-category name sets
            sa = {(m.strip().upper(), n.strip().upper()) for m, n, _ in a.h_rows}
            sb = {(m.strip().upper(), n.strip().upper()) for m, n, _ in b.h_rows}
            if sa != sb:
                P("    categories only in %s: %s" % (a.short, sorted(sa - sb)))
                P("    categories only in %s: %s" % (b.short, sorted(sb - sa)))

    print("\n".join(out))


if __name__ == "__main__":
    main()
