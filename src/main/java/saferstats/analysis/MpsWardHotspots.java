package saferstats.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import saferstats.load.AreaContext;
import saferstats.load.LoadedArea;
import saferstats.load.MpsArea;
import saferstats.load.MpsLoader;
import saferstats.load.SeriesSpan;
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

  /** Category → the borough's ward cells of it, each {ward, month index, count}. */
  private final Map<String, List<WardCell>> cells;

  private record WardCell(String ward, int month, long count) {}

  private MpsWardHotspots(
      LoadedArea boroughLevel,
      LoadedArea loaded,
      AreaContext area,
      Map<String, MpsData.Area> wards,
      Map<String, List<WardCell>> cells) {
    this.boroughLevel = boroughLevel;
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
    return new MpsWardHotspots(boroughLevel, loaded, area, wards, cells);
  }

  @Override
  public HotspotsReport report(ResolvedSet set, Hotspots.Request req) {
    Set<String> categories = Hotspots.categories(area, set, req.priority());
    HotspotWindows windows = HotspotWindows.of(req.window(), area);
    Window window = windows.window();
    Window before = windows.before();
    Map<PlaceRanking.Key, Long> now = counts(categories, window);
    List<Place> ranked =
        PlaceRanking.rank(
            now, before == null ? null : counts(categories, before), k -> null, req.top());
    List<String> notes =
        Noted.join(
            // The ward table counts one window: the notes say where that window's months come
            // from, not the trend's 36 months or the quarter, which belong to the borough's chart.
            Notes.forArea(loaded, !loaded.wholeForce(), spanOf(req.window())),
            windows.notes(),
            List.of(
                "From MPS ward tables: wards are ranked; LSOAs, streets, concentration over LSOAs,"
                    + " persistent places and the grid need police.uk street files."));
    long total = now.values().stream().mapToLong(Long::longValue).sum();
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
        WardBasis.published(WardBasis.MPS_TABLES),
        List.of(),
        null,
        null,
        null);
  }

  /** The span whose releases the ward table's window is read from; none for every month. */
  private static Set<SeriesSpan> spanOf(WindowChoice choice) {
    return switch (choice) {
      case CURRENT12 -> EnumSet.of(SeriesSpan.TWELVE);
      case QUARTER -> EnumSet.of(SeriesSpan.QUARTER);
      case PREVIOUS12, ALL -> EnumSet.noneOf(SeriesSpan.class);
    };
  }

  /** The wards' cells of {@code categories} in {@code window} (every month when null), summed. */
  private Map<PlaceRanking.Key, Long> counts(Set<String> categories, Window window) {
    Map<String, Long> byWard = new HashMap<>();
    for (String category : categories) {
      for (WardCell c : cells.getOrDefault(category, List.of())) {
        if (window == null
            || (c.month() >= window.from().index() && c.month() <= window.to().index())) {
          byWard.merge(c.ward(), c.count(), Long::sum);
        }
      }
    }
    Map<PlaceRanking.Key, Long> m = new HashMap<>();
    byWard.forEach(
        (code, n) -> {
          MpsData.Area ward = wards.get(code);
          m.put(new PlaceRanking.Key(ward.code(), ward.name(), null), n);
        });
    return m;
  }
}
