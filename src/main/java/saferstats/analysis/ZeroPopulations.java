package saferstats.analysis;

import java.util.List;
import java.util.function.Function;
import saferstats.area.Population;

/**
 * Says why a place's rate per 1,000 is n/a when the population file gives it 0 residents: without
 * the reason, n/a beside a count reads as a missing row or a fault.
 */
final class ZeroPopulations {
  /** Places named in the note before "and N more". */
  private static final int NAMED = 10;

  private ZeroPopulations() {}

  /**
   * The note for the {@code places} whose residents are 0, or none.
   *
   * @param kind "LSOA" or "ward"
   * @param residents a place's residents by code, null when the file has no row for it
   */
  static List<String> note(
      String kind, List<Place> places, Function<String, Long> residents, Population file) {
    if (file == null || places == null) {
      return List.of();
    }
    List<Place> zero =
        places.stream()
            .filter(p -> p.per1000() == null && Long.valueOf(0).equals(residents.apply(p.code())))
            .toList();
    if (zero.isEmpty()) {
      return List.of();
    }
    String list = named(zero);
    return List.of(
        "Population 0 in "
            + file.file()
            + " for "
            + (zero.size() == 1 ? kind + " " : zero.size() + " " + kind + "s: ")
            + list
            + " — no rate per 1,000 (n/a).");
  }

  /**
   * The note for the wards whose residents are unknown, or none: the population file has no row for
   * the ward, or for one of the LSOAs the lookup puts in it (a population file of another LSOA
   * vintage than the lookup's leaves out the LSOAs that vintage added), so no rate is given rather
   * than a rate over part of the ward's residents.
   */
  static List<String> unknownWards(
      List<Place> places, Function<String, Long> residents, Population file) {
    if (file == null || places == null) {
      return List.of();
    }
    List<Place> unknown =
        places.stream()
            .filter(p -> p.per1000() == null && p.count() > 0 && residents.apply(p.code()) == null)
            .toList();
    if (unknown.isEmpty()) {
      return List.of();
    }
    return List.of(
        "No rate per 1,000 (n/a) for "
            + (unknown.size() == 1 ? "ward " : unknown.size() + " wards: ")
            + named(unknown)
            + " — "
            + file.file()
            + " has no row for the ward or for one of the LSOAs the lookup puts in it (a"
            + " population of an older LSOA vintage than the lookup's lacks the LSOAs added since),"
            + " and a rate over part of a ward's residents would overstate it.");
  }

  /** The places by code and name, the first {@value #NAMED} of them, then how many more. */
  private static String named(List<Place> places) {
    return String.join(
            ", ",
            places.stream()
                .limit(NAMED)
                .map(
                    p ->
                        p.name() == null || p.name().isEmpty()
                            ? p.code()
                            : p.code() + " " + p.name())
                .toList())
        + (places.size() > NAMED ? " and " + (places.size() - NAMED) + " more" : "");
  }
}
