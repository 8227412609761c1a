package saferstats.model;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar month; the only place that parses or prints {@code YYYY-MM}. */
public record Month(int year, int month) implements Comparable<Month> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})");

  public Month {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
  }

  /** Parses {@code YYYY-MM} (police.uk, {@code --end}); empty when the text is not a month. */
  public static Optional<Month> parse(String text) {
    return match(ISO, text);
  }

  /** Parses {@code YYYYMM} (MPS table column names); empty when the text is not a month. */
  public static Optional<Month> parseCompact(String text) {
    return match(COMPACT, text);
  }

  private static Optional<Month> match(Pattern pattern, String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int mm = Integer.parseInt(m.group(2));
    return mm >= 1 && mm <= 12
        ? Optional.of(new Month(Integer.parseInt(m.group(1)), mm))
        : Optional.empty();
  }

  public static Month of(int year, int month) {
    return new Month(year, month);
  }

  /** Months since year 0, so that month arithmetic is integer arithmetic. */
  public int index() {
    return year * 12 + (month - 1);
  }

  public static Month ofIndex(int index) {
    return new Month(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
  }

  public Month plus(int months) {
    return ofIndex(index() + months);
  }

  public Month minus(int months) {
    return plus(-months);
  }

  /** Number of months from this one to {@code other}, inclusive of both ends. */
  public int monthsThrough(Month other) {
    return other.index() - index() + 1;
  }

  /** Every month from this one to {@code last}, inclusive; empty when {@code last} is earlier. */
  public List<Month> through(Month last) {
    List<Month> months = new ArrayList<>();
    for (int i = index(); i <= last.index(); i++) {
      months.add(ofIndex(i));
    }
    return months;
  }

  /** April of the UK financial year this month belongs to (April to March). */
  public Month financialYearStart() {
    return new Month(month >= 4 ? year : year - 1, 4);
  }

  /** "June 2024", for sentences. */
  public String longName() {
    return YearMonth.of(year, month).getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
        + " "
        + year;
  }

  @Override
  public int compareTo(Month o) {
    return Integer.compare(index(), o.index());
  }

  public boolean isAfter(Month o) {
    return compareTo(o) > 0;
  }

  public boolean isBefore(Month o) {
    return compareTo(o) < 0;
  }

  @Override
  public String toString() {
    return String.format("%04d-%02d", year, month);
  }
}
