package saferstats.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import saferstats.model.UserError;

/**
 * Which of an area's LSOAs the boundaries file has a polygon for. Some missing is a note (2011
 * codes against 2021 boundaries, say); none matching means the wrong file, an input error.
 *
 * @param source the boundaries file, as given
 * @param area the area's name, as the user gave it
 * @param lsoaCodes the area's LSOA codes, in the order the maps draw them
 * @param missing those with no polygon, in the same order
 * @param rows each code's rows (crimes), where known, so the note can count what the maps lose
 */
public record BoundaryCoverage(
    String source,
    String area,
    List<String> lsoaCodes,
    List<String> missing,
    Map<String, Long> rows) {

  /** As {@link #of(Boundaries, String, List)}, each LSOA with its crimes (in map order). */
  public static BoundaryCoverage of(Boundaries boundaries, String area, Map<String, Long> rows) {
    BoundaryCoverage c = of(boundaries, area, List.copyOf(rows.keySet()));
    return new BoundaryCoverage(c.source(), area, c.lsoaCodes(), c.missing(), Map.copyOf(rows));
  }

  /** Checks the codes against the file; an input error when none of them has a polygon. */
  public static BoundaryCoverage of(Boundaries boundaries, String area, List<String> lsoaCodes) {
    List<String> missing =
        lsoaCodes.stream().filter(c -> !boundaries.byCode().containsKey(c)).toList();
    if (!lsoaCodes.isEmpty() && missing.size() == lsoaCodes.size()) {
      throw UserError.input(
          boundaries.source()
              + " has no polygon for any of "
              + area
              + "'s "
              + lsoaCodes.size()
              + " LSOAs (for example "
              + lsoaCodes.get(0)
              + ")",
          "give the LSOA boundaries of the same census year as the crime data (LSOA 2021 for"
              + " police.uk since 2022)");
    }
    return new BoundaryCoverage(boundaries.source(), area, lsoaCodes, missing, Map.of());
  }

  /**
   * "2 of Harrow's 144 LSOAs have no polygon in F, so are not on the maps: E01… (3 crimes), E01… (1
   * crime)", each code with its crimes when they are known.
   */
  public Optional<String> note() {
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        missing.size()
            + " of "
            + area
            + "'s "
            + lsoaCodes.size()
            + " LSOAs "
            + (missing.size() == 1 ? "has" : "have")
            + " no polygon in "
            + source
            + ", so "
            + (missing.size() == 1 ? "it is" : "they are")
            + " not on the maps: "
            + missing.stream().map(this::withRows).collect(Collectors.joining(", ")));
  }

  private String withRows(String code) {
    Long n = rows.get(code);
    return n == null ? code : code + " (" + n + (n == 1 ? " crime)" : " crimes)");
  }
}
