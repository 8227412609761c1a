package saferstats.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import saferstats.load.AreaContext;
import saferstats.load.LoadedArea;
import saferstats.load.MpsArea;
import saferstats.load.MpsLoader;
import saferstats.load.SeriesSpan;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.model.Names;
import saferstats.model.UserError;
import saferstats.model.Window;
import saferstats.model.WindowChoice;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;
import saferstats.priorities.ResolvedSet;

/**
 * Hotspots from MPS ward tables: the borough's wards ranked (SPEC 4.4 "or from MPS ward tables").
 * The tables have no points, LSOAs or streets, so those parts are absent, with a note saying so.
 */
public final class MpsWardHotspots implements Hotspots.Ranker {
  private final LoadedArea boroughLevel;
  private final LoadedArea loaded;
  private final AreaContext area;
  private final Map<String, MpsData.Area> wards;

  /** The dashboard's SNT rows for the borough's dashboard categories; null without them. */
  private final DashboardWards dashboard;

  /** Category → the borough's ward cells of it, each {ward, month index, count}. */
  private final Map<String, List<WardCell>> cells;

  private record WardCell(String ward, int month, long count) {}

  private MpsWardHotspots(
      LoadedArea boroughLevel,
      LoadedArea loaded,
      AreaContext area,
      Map<String, MpsData.Area> wards,
      Map<String, List<WardCell>> cells,
      DashboardWards dashboard) {
    this.boroughLevel = boroughLevel;
    this.dashboard = dashboard;
    this.loaded = loaded;
    this.area = area;
    this.wards = wards;
    this.cells = cells;
  }

  /**
   * The borough's ward level, prepared once for every priority a run ranks: resolving it splices
   * the ward releases (SPEC 1.4), which on London's ward tables costs seconds, so a report asks for
   * it once, not once per priority.
   */
  static MpsWardHotspots of(LoadedArea boroughLevel, MpsData mps) {
    String borough = boroughLevel.selection().name();
    Map<String, MpsData.Area> wards = new HashMap<>();
    mps.areas(Level.WARD).values().stream()
        .filter(a -> Names.same(a.borough(), borough))
        .forEach(a -> wards.put(a.code(), a));
    DashboardWards snt =
        DashboardWards.of(
                boroughLevel.inputs().dashboard(),
                borough,
                boroughLevel.categoriesByKind().getOrDefault(InputKind.MPS_DASHBOARD, Set.of()))
            .orElse(null);
    if (mps.isEmpty() && snt != null) {
      // The dashboard alone: its SNT rows rank the wards, over the borough's own months.
      return new MpsWardHotspots(
          boroughLevel, boroughLevel, boroughLevel.context(), wards, Map.of(), snt);
    }
    if (wards.isEmpty()) {
      throw UserError.notCovered(
          "hotspots on MPS tables ranks wards, and the inputs have no MPS ward table for "
              + borough,
          "add the MPS ward-level table, or police.uk street files for LSOAs, streets and the grid");
    }
    // One level throughout: the wards' figures, coverage, releases and notes all come from the
    // ward tables, whatever level the borough's other commands use.
    AreaContext area =
        MpsLoader.resolveAt(mps, borough, Level.WARD, Optional.of(boroughLevel.context().end()));
    LoadedArea loaded =
        new MpsArea(boroughLevel.selection(), area, boroughLevel.beside(), boroughLevel.inputs());
    Map<String, List<WardCell>> cells = new HashMap<>();
    mps.cells()
        .forEach(
            (cell, n) -> {
              if (cell.level() == Level.WARD && wards.containsKey(cell.area())) {
                cells
                    .computeIfAbsent(cell.category(), c -> new ArrayList<>())
                    .add(new WardCell(cell.area(), cell.month().index(), n));
              }
            });
    return new MpsWardHotspots(boroughLevel, loaded, area, wards, cells, snt);
  }

  @Override
  public HotspotsReport report(ResolvedSet set, Hotspots.Request req) {
    Set<String> categories = Hotspots.categories(area, set, req.priority());
    // A priority the dashboard measures ranks wards on its SNT rows (SPEC 1.4b); the tables' part
    // of a priority measured from both is added ward by ward (the two share ONS ward codes).
    Set<String> fromDashboard = dashboard == null ? Set.of() : dashboard.among(categories);
    Set<String> fromTables = new TreeSet<>(categories);
    fromTables.removeAll(fromDashboard);
    if (req.priority() == null && !fromDashboard.isEmpty()) {
      // Only the dashboard alone gets here: every category is one of its subgroups, which overlap.
      throw UserError.usage(
          "hotspots on the MPS Monthly Crime Dashboard alone ranks wards for one priority at a"
              + " time: its subgroups overlap, so all of them added up would count a crime once per"
              + " strand",
          "give --priority (e.g. --categories csp-2023 --priority \"Hate crime\"), or add the MPS"
              + " ward tables");
    }
    HotspotWindows windows =
        fromDashboard.isEmpty()
            ? HotspotWindows.of(req.window(), area)
            : HotspotWindows.of(
                req.window(),
                area,
                m -> dashboard.covers(m) && (fromTables.isEmpty() || area.coverage().covers(m)));
    Window window = windows.window();
    Window before = windows.before();
    Map<PlaceRanking.Key, Long> now = counts(fromTables, fromDashboard, window);
    List<Place> ranked =
        PlaceRanking.rank(
            now,
            before == null ? null : counts(fromTables, fromDashboard, before),
            k -> Hotspots.per1000(now.get(k), Hotspots.wardPopulation(req, k.code())),
            req.top());
    long total = now.values().stream().mapToLong(Long::longValue).sum();
    List<String> notes =
        Noted.join(
            // The ward table counts one window: the notes say where that window's months come
            // from, not the trend's 36 months or the quarter, which belong to the borough's chart.
            fromTables.isEmpty()
                ? dashboardSourceNotes()
                : Notes.forArea(loaded, !loaded.wholeForce(), spanOf(req.window())),
            windows.notes(),
            ZeroPopulations.unknownWards(
                ranked, code -> Hotspots.wardPopulation(req, code), req.population()),
            fromDashboard.isEmpty()
                ? List.of(
                    "From MPS ward tables: wards are ranked; LSOAs, streets, concentration over"
                        + " LSOAs, persistent places and the grid need police.uk street files.")
                : dashboardNotes(fromTables, fromDashboard, window, total));
    return new HotspotsReport(
        "hotspots",
        area.area(),
        area.force(),
        area.end(),
        set.name(),
        req.priority() == null ? "all categories" : req.priority(),
        Hotspots.windowInfo(window, area),
        req.top(),
        notes,
        boroughLevel.inputs().files().stream().map(InputSummary::of).toList(),
        total,
        0,
        List.of(),
        ranked,
        WardBasis.published(
            fromDashboard.isEmpty()
                ? WardBasis.MPS_TABLES
                : fromTables.isEmpty()
                    ? WardBasis.MPS_DASHBOARD
                    : WardBasis.MPS_TABLES_AND_DASHBOARD),
        List.of(),
        null,
        null,
        null);
  }

  /**
   * What the dashboard's ward counts are: their source and absence rule, what a priority counted
   * from both sources adds, and how much of the borough's dashboard count the wards hold.
   */
  private List<String> dashboardNotes(
      Set<String> fromTables, Set<String> fromDashboard, Window window, long total) {
    List<String> notes = new ArrayList<>();
    notes.add(dashboard.source(fromDashboard));
    if (!fromTables.isEmpty()) {
      notes.add(
          "Each ward's count adds the MPS ward tables' "
              + String.join(", ", fromTables)
              + " to the dashboard's "
              + String.join(", ", fromDashboard)
              + ", as the priority's own figures do; the two sources count different offences, so"
              + " nothing is counted twice.");
    }
    if (window != null) {
      long wardsDashboard =
          dashboard.counts(fromDashboard, window).values().stream()
              .mapToLong(Long::longValue)
              .sum();
      Long borough = boroughCount(fromDashboard, window);
      if (borough != null && borough >= wardsDashboard) {
        notes.add(
            String.format(
                java.util.Locale.UK,
                "The wards hold %,d of the %,d offences of %s the dashboard counts for %s in %s to"
                    + " %s; the other %,d are recorded to no ward. Shares are of the wards'"
                    + " %,d.",
                wardsDashboard,
                borough,
                String.join(", ", fromDashboard),
                dashboard.borough(),
                window.from(),
                window.to(),
                borough - wardsDashboard,
                total));
      }
    }
    notes.add(
        "LSOAs, streets, concentration over LSOAs, persistent places and the grid need police.uk"
            + " street files.");
    return notes;
  }

  /**
   * How the dashboard was merged and which source ended first; the merge notes alone when the
   * dashboard is the only source.
   */
  private List<String> dashboardSourceNotes() {
    List<String> notes = boroughLevel.sourceNotes();
    return notes.isEmpty() ? boroughLevel.inputs().dashboard().notes() : notes;
  }

  /** The borough's own dashboard count over the window; null when a month of it is missing. */
  private Long boroughCount(Set<String> fromDashboard, Window window) {
    long sum = 0;
    for (Month m : window.months()) {
      Long n = boroughLevel.context().counts().count(fromDashboard, m);
      if (n == null) {
        return null;
      }
      sum += n;
    }
    return sum;
  }

  /** The span whose releases the ward table's window is read from; none for every month. */
  private static Set<SeriesSpan> spanOf(WindowChoice choice) {
    return switch (choice) {
      case CURRENT12 -> EnumSet.of(SeriesSpan.TWELVE);
      case QUARTER -> EnumSet.of(SeriesSpan.QUARTER);
      case PREVIOUS12, ALL -> EnumSet.noneOf(SeriesSpan.class);
    };
  }

  /**
   * Each ward's count in {@code window} (every month when null): the ward tables' cells of {@code
   * fromTables} plus the dashboard's SNT rows of {@code fromDashboard}.
   */
  private Map<PlaceRanking.Key, Long> counts(
      Set<String> fromTables, Set<String> fromDashboard, Window window) {
    Map<String, Long> byWard = new HashMap<>();
    for (String category : fromTables) {
      for (WardCell c : cells.getOrDefault(category, List.of())) {
        if (window == null
            || (c.month() >= window.from().index() && c.month() <= window.to().index())) {
          byWard.merge(c.ward(), c.count(), Long::sum);
        }
      }
    }
    if (!fromDashboard.isEmpty()) {
      dashboard
          .counts(fromDashboard, window)
          .forEach((code, n) -> byWard.merge(code, n, Long::sum));
    }
    Map<PlaceRanking.Key, Long> m = new HashMap<>();
    byWard.forEach(
        (code, n) -> {
          MpsData.Area ward = wards.get(code);
          m.put(
              new PlaceRanking.Key(code, ward != null ? ward.name() : dashboard.name(code), null),
              n);
        });
    return m;
  }
}
