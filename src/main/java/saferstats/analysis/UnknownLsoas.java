package saferstats.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Rows whose LSOA code a reference table (the {@code --lookup}, the {@code --boundaries}) does not
 * have: most often an LSOA code of another census year, or one mistyped. Whatever joins LSOAs to
 * that table loses them, so they are counted and named rather than dropped silently.
 *
 * @param rows the rows checked (those with an LSOA code)
 * @param unknownRows of them, the rows whose code the reference lacks
 * @param codes those codes, most rows first (code order among equals)
 */
public record UnknownLsoas(long rows, long unknownRows, List<Code> codes) {
  /** Codes named in a note; inspect's JSON lists every one. */
  static final int NAMED = 10;

  /** One code the reference lacks, the name most of its rows give (blank if none) and its rows. */
  public record Code(String code, String name, long rows) {}

  /**
   * @param byCode rows by LSOA code then LSOA name; a blank code (a row with no LSOA) is not
   *     checked
   * @param known whether the reference has a code
   */
  static UnknownLsoas of(Map<String, Map<String, Long>> byCode, Predicate<String> known) {
    long rows = 0;
    for (Map.Entry<String, Map<String, Long>> e : byCode.entrySet()) {
      rows += e.getKey().isEmpty() ? 0 : rowsOf(e.getValue());
    }
    return among(rows, byCode, known);
  }

  /**
   * As {@link #of}, when only some codes' rows are at hand: {@code rows} rows were checked, and
   * every code the reference may lack is among {@code candidates}.
   */
  static UnknownLsoas among(
      long rows, Map<String, Map<String, Long>> candidates, Predicate<String> known) {
    long unknownRows = 0;
    List<Code> codes = new ArrayList<>();
    for (Map.Entry<String, Map<String, Long>> e : candidates.entrySet()) {
      long n = rowsOf(e.getValue());
      if (!e.getKey().isEmpty() && !known.test(e.getKey())) {
        unknownRows += n;
        codes.add(new Code(e.getKey(), commonest(e.getValue()), n));
      }
    }
    codes.sort(Comparator.comparingLong((Code c) -> -c.rows()).thenComparing(Code::code));
    return new UnknownLsoas(rows, unknownRows, List.copyOf(codes));
  }

  private static long rowsOf(Map<String, Long> byName) {
    return byName.values().stream().mapToLong(Long::longValue).sum();
  }

  private static String commonest(Map<String, Long> byName) {
    return byName.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }

  public boolean any() {
    return unknownRows > 0;
  }

  /**
   * "12 of the 8,666 rows in … carry an LSOA code {@code reference} does not have: E01000004 City
   * of London 001D (12)"; {@code rowsWhat} says which rows ("rows in 2023-09 to 2024-08").
   */
  String sentence(String rowsWhat, String reference) {
    String named =
        codes.stream()
            .limit(NAMED)
            .map(c -> c.code() + (c.name().isEmpty() ? "" : " " + c.name()) + " (" + c.rows() + ")")
            .collect(Collectors.joining(", "));
    int more = codes.size() - NAMED;
    return String.format(
        Locale.UK,
        "%,d of the %,d %s carry %s the %s does not have: %s%s",
        unknownRows,
        rows,
        rowsWhat,
        codes.size() == 1 ? "an LSOA code" : codes.size() + " LSOA codes",
        reference,
        named,
        more > 0 ? String.format(Locale.UK, " and %,d more", more) : "");
  }
}
