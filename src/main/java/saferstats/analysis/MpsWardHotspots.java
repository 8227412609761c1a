package saferstats.analysis;

import static saferstats.model.StreetColumns.AREA;
import static saferstats.model.StreetColumns.CATEGORY;
import static saferstats.model.StreetColumns.COUNT;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import saferstats.load.AreaContext;
import saferstats.load.AreaTable;
import saferstats.load.LoadedArea;
import saferstats.load.MpsArea;
import saferstats.load.MpsCells;
import saferstats.load.MpsLoader;
import saferstats.model.Names;
import saferstats.model.UserError;
import saferstats.model.Window;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;
import saferstats.priorities.ResolvedSet;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Hotspots from MPS ward tables: the borough's wards ranked (SPEC 4.4 "or from MPS ward tables").
 * The tables have no points, LSOAs or streets, so those parts are absent, with a note saying so.
 */
public final class MpsWardHotspots {
  private MpsWardHotspots() {}

  static HotspotsReport report(
      LoadedArea boroughLevel, MpsData mps, ResolvedSet set, Hotspots.Request req) {
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
    Set<String> categories = Hotspots.categories(area, set, req.priority());
    HotspotWindows windows = HotspotWindows.of(req.window(), area);
    Window window = windows.window();
    Window before = windows.before();
    Table cells = MpsCells.of(mps, Level.WARD);
    Map<PlaceRanking.Key, Long> now = counts(cells, wards, categories, window);
    List<Place> ranked =
        PlaceRanking.rank(
            now,
            before == null ? null : counts(cells, wards, categories, before),
            k -> null,
            req.top());
    List<String> notes =
        Noted.join(
            Notes.forArea(loaded),
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
        WardBasis.published("MPS ward tables"),
        List.of(),
        null,
        null,
        null);
  }

  /** The wards' cells of {@code categories} in {@code window} (every month when null), summed. */
  private static Map<PlaceRanking.Key, Long> counts(
      Table cells, Map<String, MpsData.Area> wards, Set<String> categories, Window window) {
    Selection keep =
        cells
            .stringColumn(AREA)
            .isIn(wards.keySet())
            .and(cells.stringColumn(CATEGORY).isIn(categories));
    if (window != null) {
      keep = keep.and(AreaTable.in(cells, window));
    }
    Table byWard = cells.where(keep).summarize(COUNT, sum).by(AREA);
    Map<PlaceRanking.Key, Long> m = new HashMap<>();
    for (int i = 0; i < byWard.rowCount(); i++) {
      MpsData.Area ward = wards.get(byWard.stringColumn(AREA).get(i));
      m.put(
          new PlaceRanking.Key(ward.code(), ward.name(), null),
          Math.round(byWard.numberColumn(MpsCells.SUM).getDouble(i)));
    }
    return m;
  }
}
