package saferstats.analysis;

import static saferstats.model.StreetColumns.COUNT_BY;
import static saferstats.model.StreetColumns.LSOA_CODE;
import static saferstats.model.StreetColumns.WARD_CODE;
import static saferstats.model.StreetColumns.WARD_NAME;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.util.HashMap;
import java.util.Map;
import saferstats.area.AreaLookup;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Counts by ward: each LSOA's count joined to the lookup's LSOA → ward row and summed per ward. The
 * lookup holds one row per LSOA, so the join cannot multiply a count; an LSOA the lookup lacks is
 * left out.
 */
final class WardJoin {
  private static final String SUM = "Sum [" + COUNT_BY + "]";

  private final Table lsoaToWard;

  private WardJoin(Table lsoaToWard) {
    this.lsoaToWard = lsoaToWard;
  }

  static WardJoin of(AreaLookup lookup) {
    StringColumn lsoa = StringColumn.create(LSOA_CODE);
    StringColumn code = StringColumn.create(WARD_CODE);
    StringColumn name = StringColumn.create(WARD_NAME);
    for (AreaLookup.Entry e : lookup.entries()) {
      lsoa.append(e.lsoaCode());
      code.append(e.wardCode());
      name.append(e.wardName());
    }
    return new WardJoin(Table.create("LSOA to ward", lsoa, code, name));
  }

  /**
   * {@code byLsoa}: one row per LSOA code with its count in {@code COUNT_BY}. One row per key on
   * the left matters: Tablesaw 0.44.1 silently drops matches for a left key repeated ~1,000 times.
   */
  Map<PlaceRanking.Key, Long> byWard(Table byLsoa) {
    Table joined = byLsoa.joinOn(LSOA_CODE).inner(lsoaToWard);
    Table byWard = joined.summarize(COUNT_BY, sum).by(WARD_CODE, WARD_NAME);
    Map<PlaceRanking.Key, Long> m = new HashMap<>();
    for (int i = 0; i < byWard.rowCount(); i++) {
      m.put(
          new PlaceRanking.Key(
              byWard.stringColumn(WARD_CODE).get(i), byWard.stringColumn(WARD_NAME).get(i), null),
          Math.round(byWard.numberColumn(SUM).getDouble(i)));
    }
    return m;
  }
}
