package saferstats.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import saferstats.area.AreaLookup;

/**
 * Where the ward counts come from (SPEC 4.5, best-fit geography). A ward from an LSOA best-fit
 * lookup is an approximation: its count is the sum of the LSOAs assigned to it, and a ward that
 * received no LSOA is not in the lookup at all, so it is missing from the table, not zero.
 *
 * @param basis "best-fit from LSOAs", "MPS ward tables", the dashboard's SNT rows (alone or with
 *     the ward tables) or "ward column of the records"
 * @param wardsWithLsoas best-fit only: how many wards received any of the area's LSOAs; else null
 * @param lsoas best-fit only: the area's LSOAs the lookup assigns to those wards; else null
 */
public record WardBasis(String basis, Integer wardsWithLsoas, Integer lsoas) {
  public static final String BEST_FIT = "best-fit from LSOAs";
  public static final String MPS_TABLES = "MPS ward tables";

  /** The MPS Monthly Crime Dashboard's Safer Neighbourhood Team rows (SPEC 1.4b). */
  public static final String MPS_DASHBOARD = "the MPS Monthly Crime Dashboard's SNT rows";

  /** A priority counted from both: the tables' categories and the dashboard's, ward by ward. */
  public static final String MPS_TABLES_AND_DASHBOARD =
      "MPS ward tables and the MPS Monthly Crime Dashboard's SNT rows";

  static WardBasis bestFit(AreaLookup lookup, Collection<String> areaLsoas) {
    var entries = areaLsoas.stream().map(lookup::lsoa).flatMap(Optional::stream).toList();
    int wards =
        (int)
            entries.stream()
                .map(AreaLookup.Entry::wardCode)
                .filter(Objects::nonNull)
                .distinct()
                .count();
    return new WardBasis(BEST_FIT, wards, entries.size());
  }

  static WardBasis published(String basis) {
    return new WardBasis(basis, null, null);
  }

  /** Whether the wards are the MPS tables' own, which count no LSOA, street or point. */
  public boolean fromMpsTables() {
    return MPS_TABLES.equals(basis);
  }

  /** The words shown beside the ward table. */
  public String describe() {
    return wardsWithLsoas == null
        ? "from " + basis
        : basis
            + ": "
            + wardsWithLsoas
            + (wardsWithLsoas == 1 ? " ward" : " wards")
            + " received any of the area's "
            + lsoas
            + " LSOAs";
  }

  /** The note for best-fit wards: what a ward's count is and is not; none for published wards. */
  List<String> notes() {
    return wardsWithLsoas == null
        ? List.of()
        : List.of(
            "Wards are "
                + describe()
                + ". A ward's count is the sum of the LSOAs the lookup assigns to it, not the"
                + " whole ward's; a ward that received no LSOA is not in the lookup, so it is"
                + " missing from the table, not zero.");
  }
}
