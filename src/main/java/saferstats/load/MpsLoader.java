package saferstats.load;

import static saferstats.model.StreetColumns.COUNT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.Names;
import saferstats.model.UserError;
import saferstats.model.WindowSet;
import saferstats.mps.DashboardData;
import saferstats.mps.DashboardMeasure;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;
import tech.tablesaw.api.Table;

/**
 * Selects an area from MPS tables: a borough (borough tables first, else its wards summed) or a
 * ward code on ward tables. Figures always say which level they came from, and each span's from
 * which release(s) (SPEC 1.4).
 */
public final class MpsLoader {
  static final String FORCE = "Metropolitan Police Service";

  private MpsLoader() {}

  /** Which level and which areas of it make up the selection. */
  record Choice(Level level, Set<String> areas, String label, String borough) {}

  public static AreaContext resolve(MpsData mps, String area, Optional<Month> requestedEnd) {
    return resolve(mps, null, area, requestedEnd);
  }

  /**
   * The area with the MPS Monthly Crime Dashboard's figures beside the tables' (SPEC 1.4b) when
   * {@code dashboard} has the area: the end month, unless asked for, is then the latest month both
   * cover.
   */
  public static AreaContext resolve(
      MpsData mps, DashboardData dashboard, String area, Optional<Month> requestedEnd) {
    Choice c = choose(mps, area, List.of(Level.BOROUGH, Level.WARD, Level.LSOA));
    Optional<DashboardJoin> join = DashboardJoin.of(dashboard, c.areas(), c.borough());
    Optional<Month> end =
        requestedEnd.or(
            () ->
                join.map(
                    j ->
                        j.last().isBefore(mps.coverage(c.level()).last())
                            ? j.last()
                            : mps.coverage(c.level()).last()));
    AreaContext tables = resolve(mps, c, end);
    return join.map(j -> joined(tables, j)).orElse(tables);
  }

  /**
   * The dashboard's positive outcomes for the area chosen as {@link #resolve(MpsData,
   * DashboardData, String, Optional)} chose it, read against {@code area}'s coverage; null when the
   * dashboard does not have the area.
   */
  public static MonthlyCounts positiveOutcomes(
      MpsData mps, DashboardData dashboard, String area, AreaContext context) {
    Choice c = choose(mps, area, List.of(Level.BOROUGH, Level.WARD, Level.LSOA));
    return DashboardJoin.of(dashboard, c.areas(), c.borough())
        .map(j -> j.positiveOutcomes(context))
        .orElse(null);
  }

  /** The tables' figures with the dashboard's categories beside them, in every span. */
  private static AreaContext joined(AreaContext t, DashboardJoin j) {
    Set<String> categories = new TreeSet<>(t.categories());
    categories.addAll(j.categories());
    Map<SeriesSpan, SpanSource> spans = new java.util.EnumMap<>(SeriesSpan.class);
    t.spans().forEach((span, s) -> spans.put(span, j.onto(s)));
    return new AreaContext(
        t.area(),
        t.force(),
        t.table(),
        t.windows(),
        t.counts().with(j.area(DashboardMeasure.OFFENCES, t.counts())),
        t.forceCounts().with(j.london(t.forceCounts())),
        categories,
        t.comparatorName(),
        spans,
        t.forceUnlocated());
  }

  /**
   * The area from the tables of one {@code level} only: {@code hotspots} ranks wards, so its
   * figures, coverage and notes all come from the ward tables, never the borough's.
   */
  public static AreaContext resolveAt(
      MpsData mps, String area, Level level, Optional<Month> requestedEnd) {
    return resolve(mps, choose(mps, area, List.of(level)), requestedEnd);
  }

  private static AreaContext resolve(MpsData mps, Choice c, Optional<Month> requestedEnd) {
    ForceCoverage coverage = mps.coverage(c.level());
    Month end = StreetLoader.checkEnd(requestedEnd.orElse(coverage.last()), coverage);
    Set<String> categories = new TreeSet<>();
    Set<String> londonAreas = londonAreas(mps, c.level());
    // From every release, cells that could not be counted included: a category whose every month
    // is missing is still listed, as missing.
    mps.releases(c.level())
        .forEach(r -> r.cells().keySet().forEach(k -> categories.add(k.category())));
    Table summed = MpsCells.summed(mps, c.level(), c.areas(), c.label());
    MonthlyCounts counts = AreaTable.counts(summed, COUNT, coverage);
    MonthlyCounts london = MpsCells.counts(mps, c.level(), londonAreas, coverage);
    WindowSet windows = WindowSet.endingAt(end);
    MpsSpans.Selection selection =
        new MpsSpans.Selection(c.level(), c.areas(), londonAreas, c.label());
    return new AreaContext(
        c.label(),
        FORCE,
        summed,
        windows,
        counts,
        london,
        categories,
        "London (all " + c.level().id() + "s)",
        MpsSpans.of(mps, selection, windows),
        null);
  }

  private static Choice choose(MpsData mps, String area, List<Level> levels) {
    for (Level level : levels) {
      Map<String, MpsData.Area> areas = mps.areas(level);
      for (MpsData.Area a : areas.values()) {
        if (Names.same(a.code(), area)) {
          return single(level, a);
        }
      }
      Set<String> inBorough =
          areas.values().stream()
              .filter(a -> Names.same(a.borough(), area))
              .map(MpsData.Area::code)
              .collect(Collectors.toSet());
      if (!inBorough.isEmpty()) {
        String borough = areas.get(inBorough.iterator().next()).borough();
        return new Choice(
            level,
            inBorough,
            borough + " — sum of " + inBorough.size() + " MPS " + level.id() + "s",
            borough);
      }
    }
    Optional<Choice> byName = wardByName(mps, area);
    if (byName.isPresent()) {
      return byName.get();
    }
    Set<String> boroughs = new TreeSet<>();
    mps.levels().forEach(l -> mps.areas(l).values().forEach(a -> boroughs.add(a.borough())));
    throw UserError.notCovered(
        "no borough or ward '" + area + "' in the MPS tables",
        "did you mean "
            + String.join(
                ", ", ClosestNames.to(area, boroughs, 3).stream().map(b -> "'" + b + "'").toList())
            + "? (--area takes a borough name, or a ward code such as E05013570 on ward tables)");
  }

  /**
   * A ward given by name: fine when one ward has it; ward names repeat across boroughs (two
   * Edgwares), so a shared name asks for the code.
   */
  private static Optional<Choice> wardByName(MpsData mps, String area) {
    List<MpsData.Area> named =
        mps.areas(Level.WARD).values().stream().filter(a -> Names.same(a.name(), area)).toList();
    if (named.size() > 1) {
      throw UserError.notCovered(
          "ward name '" + area + "' is used in " + named.size() + " boroughs",
          "pass the ward code: "
              + named.stream()
                  .map(a -> a.code() + " (" + a.borough() + ")")
                  .collect(Collectors.joining(", ")));
    }
    return named.stream().findFirst().map(a -> single(Level.WARD, a));
  }

  private static Choice single(Level level, MpsData.Area a) {
    String name =
        level == Level.BOROUGH ? a.name() : a.name() + " (" + a.code() + ", " + a.borough() + ")";
    return new Choice(
        level, Set.of(a.code()), name + " — MPS " + level.id() + " table", a.borough());
  }

  /** The areas that count towards London: every one outside a pseudo-borough. */
  static Set<String> londonAreas(MpsData mps, Level level) {
    return mps.areas(level).values().stream()
        .filter(a -> !MpsData.isPseudoBorough(a.borough()))
        .map(MpsData.Area::code)
        .collect(Collectors.toSet());
  }
}
