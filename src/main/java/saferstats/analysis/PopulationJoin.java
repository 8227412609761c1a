package saferstats.analysis;

import static saferstats.model.StreetColumns.LSOA_CODE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import saferstats.area.LsoaBridge;
import saferstats.area.Population;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The area's LSOAs with crimes joined to the population file by Tablesaw: by code, and for codes
 * with no row, through the LSOA 2011/2021 bridge. The left side holds one row per LSOA and the
 * population one row per code, so no one is counted twice; a population row reached from two LSOAs
 * (a 2011 LSOA split in 2021) is taken once.
 */
final class PopulationJoin {
  private static final String RESIDENTS_CODE = "populationCode";
  private static final String COUNTERPART = "counterpart";

  /**
   * The population rows joined, in the order of the LSOAs that reached them, and the LSOAs none.
   */
  record Result(List<Population.Entry> joined, long unjoined) {}

  private PopulationJoin() {}

  static Result of(Population pop, LsoaBridge bridge, SortedSet<String> withCrime) {
    Map<String, List<String>> reached = new LinkedHashMap<>();
    withCrime.forEach(c -> reached.put(c, new ArrayList<>()));
    Table people = people(pop);
    Table direct =
        Table.create("LSOAs with crimes", StringColumn.create(LSOA_CODE, withCrime))
            .joinOn(LSOA_CODE)
            .inner(people);
    collect(direct, LSOA_CODE, reached);
    List<String> unmatched =
        reached.entrySet().stream()
            .filter(e -> e.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .toList();
    if (bridge != null && !unmatched.isEmpty()) {
      collect(
          bridge(bridge, unmatched).joinOn(COUNTERPART).inner(people, LSOA_CODE),
          LSOA_CODE,
          reached);
    }
    Set<String> codes = new LinkedHashSet<>();
    reached.values().forEach(codes::addAll);
    long unjoined = reached.values().stream().filter(List::isEmpty).count();
    return new Result(codes.stream().map(c -> pop.byCode(c).orElseThrow()).toList(), unjoined);
  }

  /** One row per population code; the code is kept twice so the join's result still names it. */
  private static Table people(Population pop) {
    StringColumn code = StringColumn.create(LSOA_CODE);
    StringColumn same = StringColumn.create(RESIDENTS_CODE);
    pop.entries()
        .keySet()
        .forEach(
            c -> {
              code.append(c);
              same.append(c);
            });
    return Table.create("population", code, same);
  }

  /** The unmatched LSOAs beside each of their counterparts in the other census's codes. */
  private static Table bridge(LsoaBridge bridge, List<String> unmatched) {
    StringColumn lsoa = StringColumn.create(LSOA_CODE);
    StringColumn other = StringColumn.create(COUNTERPART);
    for (String c : unmatched) {
      for (String o : bridge.counterparts(c)) {
        lsoa.append(c);
        other.append(o);
      }
    }
    return Table.create("bridge", lsoa, other);
  }

  private static void collect(Table joined, String lsoaColumn, Map<String, List<String>> reached) {
    for (int i = 0; i < joined.rowCount(); i++) {
      reached
          .get(joined.stringColumn(lsoaColumn).get(i))
          .add(joined.stringColumn(RESIDENTS_CODE).get(i));
    }
  }
}
