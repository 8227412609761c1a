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
  private static final Pattern ISO_IN_TEXT = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISO_DAY =
      Pattern.compile("(\\d{4}-\\d{2})-(\\d{2})(?:[ T]00:00(?::00)?)?");
  private static final Pattern NAMED = Pattern.compile("([A-Za-z]{3})[- ](\\d{2}|\\d{4})");
  private static final List<String> MONTH_NAMES =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  public Month {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
  }

  /** Parses {@code YYYY-MM} (police.uk, {@code --end}); empty when the text is not a month. */
  public static Optional<Month> parse(String text) {
    return match(ISO, text);
  }

  /**
   * Parses a police.uk month as a spreadsheet rewrote it on saving: the first of the month as
   * {@code 01/08/2024} (UK), {@code 8/1/2024} (US) or {@code 2024-08-01}, or {@code Aug-24}. The
   * day is always the first, which tells day from month in the slashed forms. Empty when the text
   * is none of these.
   */
  public static Optional<Month> parseSpreadsheet(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    Matcher m = SLASHED.matcher(t);
    if (m.matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int year = Integer.parseInt(m.group(3));
      if (a == 1 && b >= 1 && b <= 12) {
        return Optional.of(new Month(year, b));
      }
      return b == 1 && a >= 1 && a <= 12 ? Optional.of(new Month(year, a)) : Optional.empty();
    }
    m = ISO_DAY.matcher(t);
    if (m.matches()) {
      return Integer.parseInt(m.group(2)) == 1 ? parse(m.group(1)) : Optional.empty();
    }
    m = NAMED.matcher(t);
    if (m.matches()) {
      int month = MONTH_NAMES.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
      int year = Integer.parseInt(m.group(2));
      return month < 1
          ? Optional.empty()
          : Optional.of(new Month(year < 100 ? 2000 + year : year, month));
    }
    return Optional.empty();
  }

  /**
   * The first {@code YYYY-MM} standing on its own in a text such as a file or folder name ({@code
   * 2024-01-city-of-london-street.csv}); empty when there is none.
   */
  public static Optional<Month> findIn(String text) {
    Matcher m = ISO_IN_TEXT.matcher(text);
    while (m.find()) {
      Optional<Month> month = parse(m.group());
      if (month.isPresent()) {
        return month;
      }
    }
    return Optional.empty();
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

  /** Months in calendar order as runs a reader can take in: "2023-03 to 2023-12, 2024-05". */
  public static String ranges(List<Month> months) {
    List<String> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= months.size(); i++) {
      if (i == months.size() || !months.get(i).equals(months.get(i - 1).plus(1))) {
        Month from = months.get(start);
        Month to = months.get(i - 1);
        runs.add(from.equals(to) ? from.toString() : from + " to " + to);
        start = i;
      }
    }
    return String.join(", ", runs);
  }

  /** April of the UK financial year this month belongs to (April to March). */
  public Month financialYearStart() {
    return new Month(month >= 4 ? year : year - 1, 4);
  }

  /** "June 2024", for sentences. */
  public String longName() {
    return monthName() + " " + year;
  }

  /** "June", for sentences that name the year once ("April to June 2024"). */
  public String monthName() {
    return YearMonth.of(year, month).getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
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

  /**
   * {@code YYYY-MM}. Written digit by digit: months are printed thousands of times in a report (its
   * JSON has one per monthly count), and {@code String.format} was a tenth of a warm trends run's
   * main thread.
   */
  @Override
  public String toString() {
    if (year < 0 || year > 9999 || month < 1 || month > 12) {
      return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
    char[] text = {
      digit(year / 1000),
      digit(year / 100),
      digit(year / 10),
      digit(year),
      '-',
      digit(month / 10),
      digit(month)
    };
    return new String(text);
  }

  private static char digit(int n) {
    return (char) ('0' + n % 10);
  }
}
