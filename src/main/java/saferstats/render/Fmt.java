package saferstats.render;

import java.util.Locale;
import saferstats.analysis.CellStreets;
import saferstats.analysis.ComparatorFigures;
import saferstats.model.InputKind;
import saferstats.stats.HotspotClass;
import saferstats.stats.Significance;
import saferstats.stats.TrendDirection;

/** How numbers look to people: thousands separated, percentages to 1 dp, "n/a" for null. */
final class Fmt {
  static final String NA = "n/a";

  private Fmt() {}

  static String count(Long n) {
    return n == null ? NA : String.format(Locale.UK, "%,d", n);
  }

  static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  static String signed(Long n) {
    return n == null ? NA : n == 0 ? "0" : String.format(Locale.UK, "%+,d", n);
  }

  static String pct(Double p) {
    return p == null ? NA : String.format(Locale.UK, "%+.1f%%", p);
  }

  /**
   * A comparator's change, marked "(too small)" when its rest is smaller than the area, so no table
   * shows it as if it compared (SPEC 4.5).
   */
  static String comparatorPct(ComparatorFigures c) {
    if (c == null) {
      return NA;
    }
    return pct(c.changePct()) + (c.tooSmall() ? " (too small)" : "");
  }

  /** A share of a whole in percent, one decimal, unsigned: "7.2%". */
  static String share(Double pct) {
    return pct == null ? NA : String.format(Locale.UK, "%.1f%%", pct);
  }

  /** A signed difference, such as percentage points: "+2.4". */
  static String signedDecimal(double v, int places) {
    return String.format(Locale.UK, "%+." + places + "f", v);
  }

  /** A p-value: three decimals, or "< 0.001". */
  static String p(Double p) {
    if (p == null) {
      return NA;
    }
    return p < 0.001 ? "< 0.001" : String.format(Locale.UK, "%.3f", p);
  }

  /** A p-value in a sentence or table cell: "p < 0.001" or "p = 0.042", never "p = < 0.001". */
  static String pIs(Double p) {
    if (p == null) {
      return "p " + NA;
    }
    return p < 0.001 ? "p < 0.001" : "p = " + p(p);
  }

  static String decimal(double v, int places) {
    return String.format(Locale.UK, "%,." + places + "f", v);
  }

  static String text(Object o) {
    return o == null ? "" : id(o).orElse(o.toString());
  }

  /** The words an enum of the results is written as, the same in every format; empty for others. */
  static java.util.Optional<String> id(Object o) {
    if (o instanceof Significance s) {
      return java.util.Optional.of(s.id());
    }
    if (o instanceof TrendDirection d) {
      return java.util.Optional.of(d.id());
    }
    if (o instanceof HotspotClass c) {
      return java.util.Optional.of(c.id());
    }
    if (o instanceof CellStreets.From f) {
      return java.util.Optional.of(f.id());
    }
    if (o instanceof InputKind k) {
      return java.util.Optional.of(k.id());
    }
    return java.util.Optional.empty();
  }
}
