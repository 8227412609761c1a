package saferstats.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import saferstats.area.AreaLookup;
import saferstats.area.Population;
import saferstats.load.AreaContext;
import saferstats.load.Inputs;
import saferstats.load.LoadedArea;
import saferstats.model.Month;
import saferstats.model.StreetColumns;
import saferstats.model.Window;
import saferstats.model.WindowChoice;
import saferstats.mps.MpsData;
import saferstats.priorities.ResolvedPriority;
import saferstats.priorities.ResolvedSet;

/** Builds the {@link HotspotsReport}: places, concentration, persistence and the grid. */
public final class Hotspots {
  /** What the analyst asked for. */
  public record Request(
      String priority,
      WindowChoice window,
      int top,
      AreaLookup lookup,
      Population population,
      Integer cellSize,
      int periods) {}

  /** Ranks an area's places for one request after whatever preparation the area needs once. */
  public interface Ranker {
    HotspotsReport report(ResolvedSet set, Request req);
  }

  private Hotspots() {}

  /**
   * The hotspots of a loaded area, ready for several requests: MPS tables rank the borough's wards
   * from a ward level resolved (and its releases spliced) once here; police.uk street rows or local
   * records are mapped per request.
   */
  public static Ranker forArea(LoadedArea loaded) {
    Optional<MpsData> mps = loaded.mpsTables();
    if (mps.isPresent()) {
      return MpsWardHotspots.of(loaded, mps.get());
    }
    return (set, req) -> mapped(loaded, set, req);
  }

  /**
   * The hotspots of a loaded area: police.uk street rows or local records are mapped; MPS tables
   * rank the borough's wards.
   */
  public static HotspotsReport report(LoadedArea loaded, ResolvedSet set, Request req) {
    return forArea(loaded).report(set, req);
  }

  private static HotspotsReport mapped(LoadedArea loaded, ResolvedSet set, Request req) {
    // Street rows are always counted as placed in an area here, --force included.
    List<String> bySource =
        loaded
            .ownRecords()
            .map(r -> Notes.forRecords(r, loaded.context(), set))
            .orElseGet(
                () ->
                    loaded.inputs().records().isEmpty()
                        ? List.of()
                        : List.of(
                            "The local record extracts are not in these maps (police.uk rows"
                                + " are); to map them, give their folder alone (for example"
                                + " sample-data/records)."));
    return mapped(
        loaded.inputs(),
        loaded.context(),
        set,
        req,
        Noted.join(Notes.forArea(loaded, true), bySource));
  }

  /** The places, concentration, persistence and grid; {@code leading} notes come first. */
  private static HotspotsReport mapped(
      Inputs inputs, AreaContext area, ResolvedSet set, Request req, List<String> leading) {
    ResolvedPriority chosen = priority(set, req.priority());
    Set<String> categories = categories(area, set, req.priority());
    HotspotWindows windows = HotspotWindows.of(req.window(), area);
    Window window = windows.window();
    Window before = windows.before();
    HotspotRows rows = HotspotRows.of(area.table(), categories, window);
    HotspotRows previous = before == null ? null : HotspotRows.of(area.table(), categories, before);
    List<Place> lsoas =
        PlaceRanking.rank(
            named(rows.byLsoa(), req.lookup()),
            previous == null ? null : named(previous.byLsoa(), req.lookup()),
            k -> per1000(rows.countsByLsoaCode().get(k.code()), population(req, k.code())),
            req.top());
    List<Place> wards =
        rows.hasWardColumn()
            ? PlaceRanking.rank(
                rows.byWardColumn(),
                previous == null ? null : previous.byWardColumn(),
                k -> null,
                req.top())
            : req.lookup() == null ? null : wards(rows, previous, req);
    Noted<Concentrations.Universe> universe = universe(area, req.lookup());
    WardBasis wardBasis =
        wards == null
            ? null
            : rows.hasWardColumn()
                ? WardBasis.published("ward column of the records")
                : WardBasis.bestFit(req.lookup(), universe.value().lsoas());
    List<String> wardNotes =
        wards == null
            ? List.of("Wards need --lookup (the ONS LSOA to ward to local authority lookup).")
            : wardBasis.notes();
    List<Place> streets =
        PlaceRanking.rank(
            rows.byStreet(), previous == null ? null : previous.byStreet(), k -> null, req.top());
    ConcentrationFigures concentration =
        Concentrations.of(rows.countsByLsoaCode(), universe.value());
    Noted<List<HotspotsReport.PersistentPlace>> persistent = persistent(area, categories, req);
    Noted<GridFigures> grid = GridHotspots.of(area, categories, window, before, req);
    return new HotspotsReport(
        "hotspots",
        area.area(),
        area.force(),
        area.end(),
        set.name(),
        chosen == null ? "all categories" : chosen.name(),
        windowInfo(window, area),
        req.top(),
        Noted.join(
            leading,
            windows.notes(),
            withoutPoint(rows, window, area),
            populationNotes(area, req.population()),
            unknownToLookup(rows, window, area, req.lookup(), universe.value()),
            ZeroPopulations.note("LSOA", lsoas, code -> population(req, code), req.population()),
            // Wards from the records' own column have no rates, so no reason to give.
            ZeroPopulations.note(
                "ward",
                rows.hasWardColumn() ? null : wards,
                code -> wardPopulation(req, code),
                req.population()),
            ZeroPopulations.unknownWards(
                rows.hasWardColumn() ? null : wards,
                code -> wardPopulation(req, code),
                req.population()),
            wardNotes,
            universe.notes(),
            persistent.notes(),
            grid.notes()),
        inputs.files().stream().map(InputSummary::of).toList(),
        rows.size(),
        rows.unplaced(),
        lsoas,
        wards,
        wardBasis,
        streets,
        concentration,
        persistent.value(),
        grid.value());
  }

  /** The rows of the window that count in their places but cannot go on the grid, if any. */
  private static List<String> withoutPoint(HotspotRows rows, Window window, AreaContext area) {
    long n = rows.withoutPoint();
    HotspotsReport.Window w = windowInfo(window, area);
    return Noted.when(
        n > 0,
        String.format(
            Locale.UK,
            "%,d of the %,d rows in %s to %s have an LSOA but no coordinates: they count in their"
                + " LSOA, ward and street, not in the grid.",
            n,
            rows.size(),
            w.from(),
            w.to()));
  }

  /**
   * The window's rows whose LSOA code the lookup lacks: the ward join (and the concentration, when
   * the lookup names the area's LSOAs) cannot hold them, so they are counted and named.
   */
  private static List<String> unknownToLookup(
      HotspotRows rows,
      Window window,
      AreaContext area,
      AreaLookup lookup,
      Concentrations.Universe universe) {
    if (lookup == null) {
      return List.of();
    }
    UnknownLsoas unknown =
        UnknownLsoas.of(rows.byCodeAndName(), code -> lookup.lsoa(code).isPresent());
    HotspotsReport.Window w = windowInfo(window, area);
    return Noted.when(
        unknown.any(),
        unknown.sentence("rows in " + w.from() + " to " + w.to(), "lookup " + lookup.file())
            + ". They are in the LSOA and street tables but in no ward"
            + (universe.fromLookup()
                ? " and not in the concentration figures (over the lookup's LSOAs)"
                : "")
            + "; an LSOA code of another census year than the lookup's is the usual cause.");
  }

  /** LSOAs with no name in the rows (local records give codes) take the lookup's name. */
  private static Map<PlaceRanking.Key, Long> named(
      Map<PlaceRanking.Key, Long> byLsoa, AreaLookup lookup) {
    if (lookup == null) {
      return byLsoa;
    }
    Map<PlaceRanking.Key, Long> out = new HashMap<>();
    byLsoa.forEach(
        (k, n) ->
            out.put(
                k.name().isEmpty()
                    ? new PlaceRanking.Key(
                        k.code(),
                        lookup.lsoa(k.code()).map(AreaLookup.Entry::lsoaName).orElse(""),
                        null)
                    : k,
                n));
    return out;
  }

  /** The source categories of the chosen priority, or every category of the area. */
  static Set<String> categories(AreaContext area, ResolvedSet set, String priority) {
    ResolvedPriority chosen = priority(set, priority);
    return chosen == null ? area.categories() : new TreeSet<>(chosen.categories());
  }

  static HotspotsReport.Window windowInfo(Window window, AreaContext area) {
    return new HotspotsReport.Window(
        window == null ? "all" : window.name(),
        label(window, area),
        window == null ? area.coverage().first() : window.from(),
        window == null ? area.coverage().last() : window.to());
  }

  private static ResolvedPriority priority(ResolvedSet set, String name) {
    if (name == null) {
      return null;
    }
    return set.measurable().stream()
        .filter(p -> p.name().equalsIgnoreCase(name.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                saferstats.model.UserError.notCovered(
                    "no measurable priority '" + name + "' in " + set.name(),
                    "choose one of: "
                        + String.join(
                            ", ", set.measurable().stream().map(ResolvedPriority::name).toList())));
  }

  private static String label(Window window, AreaContext area) {
    return window == null
        ? "every month, " + area.coverage().first() + " to " + area.coverage().last()
        : window.label();
  }

  /**
   * What the LSOA and ward rates rest on, in the words trends uses: the population's year and the
   * LSOAs with crimes that found no row. The rates join LSOA codes directly, so the count of LSOAs
   * with no row is taken without the 2011/2021 bridge.
   */
  private static List<String> populationNotes(AreaContext area, Population population) {
    return population == null
        ? List.of()
        : AreaPopulation.of(population, null, area, area.area())
            .notes(TrendsAnalysis.allCrimeCurrent12(area));
  }

  private static Long population(Request req, String code) {
    if (req.population() == null) {
      return null;
    }
    return req.population().byCode(code).map(Population.Entry::population).orElse(null);
  }

  static Double per1000(Long count, Long population) {
    if (count == null || population == null || population == 0) {
      return null;
    }
    return Math.round(10000.0 * count / population) / 10.0;
  }

  private static List<Place> wards(HotspotRows rows, HotspotRows previous, Request req) {
    Map<PlaceRanking.Key, Long> current = byWard(rows, req.lookup());
    return PlaceRanking.rank(
        current,
        previous == null ? null : byWard(previous, req.lookup()),
        k -> per1000(current.get(k), wardPopulation(req, k.code())),
        req.top());
  }

  /**
   * A ward's residents: its own row in the population file, else the sum of its LSOAs' rows (none
   * when one of its LSOAs has no row: a part is not the whole).
   */
  static Long wardPopulation(Request req, String ward) {
    if (req.population() == null) {
      return null;
    }
    Optional<Population.Entry> own = req.population().byCode(ward);
    if (own.isPresent()) {
      return own.get().population();
    }
    if (req.lookup() == null) {
      return null;
    }
    List<Long> lsoas =
        req.lookup().lsoasOfWard(ward).stream().map(e -> population(req, e.lsoaCode())).toList();
    return lsoas.isEmpty() || lsoas.contains(null)
        ? null
        : lsoas.stream().mapToLong(Long::longValue).sum();
  }

  private static Map<PlaceRanking.Key, Long> byWard(HotspotRows rows, AreaLookup lookup) {
    return WardJoin.of(lookup).byWard(rows.lsoaCounts());
  }

  /** Every LSOA of the area: from the lookup when given, else those seen in the inputs. */
  private static Noted<Concentrations.Universe> universe(AreaContext area, AreaLookup lookup) {
    if (lookup == null) {
      return Noted.of(
          seen(area),
          "Without --lookup, concentration counts the LSOAs seen in the inputs: an LSOA with no"
              + " row at all in any month is unknown, so the Gini may be a little low.");
    }
    String la = lookup.authorityName(area.area()).orElse(null);
    if (la == null) {
      return Noted.of(
          seen(area),
          "The lookup has no local authority named "
              + area.area()
              + "; concentration counts only the LSOAs seen in the inputs.");
    }
    List<String> codes = lookup.lsoasOf(la).stream().map(AreaLookup.Entry::lsoaCode).toList();
    return Noted.of(new Concentrations.Universe(codes, Concentrations.Universe.LOOKUP));
  }

  /** The LSOAs of the area's rows in any month. */
  private static Concentrations.Universe seen(AreaContext area) {
    Set<String> seen = new TreeSet<>();
    area.table()
        .stringColumn(StreetColumns.LSOA_CODE)
        .forEach(
            c -> {
              if (!c.isEmpty()) {
                seen.add(c);
              }
            });
    return new Concentrations.Universe(List.copyOf(seen), Concentrations.Universe.INPUTS);
  }

  /** LSOAs in the top N of each of the last three 12-month windows (newest first). */
  private static Noted<List<HotspotsReport.PersistentPlace>> persistent(
      AreaContext area, Set<String> categories, Request req) {
    Month end = area.end();
    List<Window> windows = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      Month to = end.minus(12 * k);
      windows.add(new Window("w" + k, "12 months to " + to, to.minus(11), to));
    }
    for (Window w : windows) {
      if (w.months().stream().anyMatch(m -> !area.coverage().covers(m))) {
        return Noted.of(
            null,
            "Persistent places need three complete 12-month windows ("
                + windows.get(2).from()
                + " to "
                + end
                + "); the data do not cover them all.");
      }
    }
    List<Map<String, Integer>> ranks = new ArrayList<>();
    List<Map<String, Long>> counts = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (Window w : windows) {
      HotspotRows rows = HotspotRows.of(area.table(), categories, w);
      Map<PlaceRanking.Key, Long> byLsoa = named(rows.byLsoa(), req.lookup());
      byLsoa.keySet().forEach(k -> names.put(k.code(), k.name()));
      Map<String, Integer> rank = new HashMap<>();
      for (Place p : PlaceRanking.rank(byLsoa, null, k -> null, req.top())) {
        rank.put(p.code(), p.rank());
      }
      ranks.add(rank);
      counts.add(rows.countsByLsoaCode());
    }
    List<HotspotsReport.PersistentPlace> out = new ArrayList<>();
    for (String code : new TreeSet<>(ranks.get(0).keySet())) {
      if (ranks.get(1).containsKey(code) && ranks.get(2).containsKey(code)) {
        List<HotspotsReport.PersistentWindow> byWindow = new ArrayList<>();
        for (int k = 0; k < windows.size(); k++) {
          byWindow.add(
              new HotspotsReport.PersistentWindow(
                  windows.get(k).from(),
                  windows.get(k).to(),
                  ranks.get(k).get(code),
                  counts.get(k).getOrDefault(code, 0L)));
        }
        out.add(new HotspotsReport.PersistentPlace(code, names.get(code), byWindow));
      }
    }
    out.sort(Comparator.comparing(p -> p.windows().get(0).rank()));
    return Noted.of(out);
  }
}
