package saferstats.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import saferstats.ingest.IngestResult;
import saferstats.ingest.MpsData;
import saferstats.ingest.MpsLayout.Level;
import saferstats.load.AreaContext;
import saferstats.load.LoadedArea;
import saferstats.model.UserError;
import saferstats.model.Window;
import saferstats.priorities.ResolvedSet;

/**
 * Hotspots from MPS ward tables: the borough's wards ranked (SPEC 4.4 "or from MPS ward tables").
 * The tables have no points, LSOAs or streets, so those parts are absent, with a note saying so.
 */
public final class MpsWardHotspots {
  private MpsWardHotspots() {}

  static HotspotsReport report(
      IngestResult ingest, LoadedArea loaded, ResolvedSet set, Hotspots.Request req) {
    AreaContext area = loaded.context();
    String borough = loaded.selection().name();
    MpsData mps = ingest.mps();
    Map<String, MpsData.Area> wards = new HashMap<>();
    mps.areas(Level.WARD).values().stream()
        .filter(a -> a.borough().equalsIgnoreCase(borough.strip()))
        .forEach(a -> wards.put(a.code(), a));
    if (wards.isEmpty()) {
      throw UserError.notCovered(
          "hotspots on MPS tables ranks wards, and the inputs have no MPS ward table for "
              + borough,
          "add the MPS ward-level table, or police.uk street files for LSOAs, streets and the grid");
    }
    Set<String> categories = Hotspots.categories(area, set, req.priority());
    Window window = req.window().of(area.windows());
    Window before = req.window().comparison(area.windows());
    Map<PlaceRanking.Key, Long> now = counts(mps, wards, categories, window);
    List<Place> ranked =
        PlaceRanking.rank(
            now,
            before == null ? null : counts(mps, wards, categories, before),
            k -> null,
            req.top());
    List<String> notes =
        Noted.join(
            Notes.forArea(ingest, loaded),
            List.of(
                "From MPS ward tables: wards are ranked; LSOAs, streets, concentration over LSOAs,"
                    + " persistent places and the grid need police.uk street files."));
    long total = now.values().stream().mapToLong(Long::longValue).sum();
    return new HotspotsReport(
        "hotspots",
        wards.values().iterator().next().borough() + " — MPS ward table",
        area.force(),
        area.end(),
        set.name(),
        req.priority() == null ? "all categories" : req.priority(),
        Hotspots.windowInfo(window, area),
        req.top(),
        notes,
        ingest.files().stream().map(InputSummary::of).toList(),
        total,
        0,
        List.of(),
        ranked,
        List.of(),
        null,
        null,
        null);
  }

  private static Map<PlaceRanking.Key, Long> counts(
      MpsData mps, Map<String, MpsData.Area> wards, Set<String> categories, Window window) {
    Map<PlaceRanking.Key, Long> m = new HashMap<>();
    mps.cells()
        .forEach(
            (cell, n) -> {
              MpsData.Area ward = wards.get(cell.area());
              if (cell.level() == Level.WARD
                  && ward != null
                  && categories.contains(cell.category())
                  && (window == null || window.contains(cell.month()))) {
                m.merge(new PlaceRanking.Key(ward.code(), ward.name(), null), n, Long::sum);
              }
            });
    return m;
  }
}
