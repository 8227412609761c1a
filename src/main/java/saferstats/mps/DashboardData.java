package saferstats.mps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.Names;

/**
 * Every MPS Monthly Crime Dashboard file read, merged by the rules of SPEC 1.4b: for each area,
 * group, subgroup, measure and month the newest refresh wins, whichever file holds it; rows of one
 * ward under two names (a code repeated under another name) add up as one ward; inside the months
 * the files cover, a key with no row is 0, and other months are missing.
 */
public final class DashboardData {
  /** An area as the dashboard names it. */
  public record Area(String code, String name, String borough) {}

  private record Key(
      MpsLayout.Level level, String area, String category, DashboardMeasure measure, Month month) {}

  /** What stands for a key so far: its count, refresh and the names of the rows added into it. */
  private record Kept(long count, LocalDate refresh, Set<String> names) {}

  private final Map<Key, Kept> kept = new HashMap<>();
  private final Map<MpsLayout.Level, SortedSet<Month>> months = new TreeMap<>();
  private final SortedMap<String, String> spelling = new TreeMap<>();
  private final Set<String> spelledByOffences = new HashSet<>();
  private final Map<MpsLayout.Level, Map<String, Map<String, Integer>>> names = new TreeMap<>();
  private final Map<String, String> boroughs = new HashMap<>();
  private final Map<String, SortedSet<Month>> wardMonths = new TreeMap<>();
  private final List<String> files = new ArrayList<>();
  private long replaced;
  private long repeated;

  private DashboardData() {}

  /** The files in input order (the order decides nothing: refresh dates do). */
  public static DashboardData of(List<DashboardFile> files) {
    DashboardData d = new DashboardData();
    files.forEach(d::add);
    return d;
  }

  private void add(DashboardFile file) {
    files.add(file.name());
    for (DashboardRow r : file.rows()) {
      months.computeIfAbsent(r.level(), l -> new TreeSet<>()).add(r.month());
      if (r.level() == MpsLayout.Level.WARD) {
        wardMonths.computeIfAbsent(r.borough(), b -> new TreeSet<>()).add(r.month());
      }
      String category = r.categoryKey();
      // The Offences spelling names a category where there is one (SPEC 1.4b: spellings differ by
      // measure); otherwise the first met.
      boolean offences = r.measure() == DashboardMeasure.OFFENCES;
      if (!spelling.containsKey(category) || (offences && !spelledByOffences.contains(category))) {
        spelling.put(category, r.group() + DashboardNames.SEPARATOR + r.subgroup());
      }
      if (offences) {
        spelledByOffences.add(category);
      }
      names
          .computeIfAbsent(r.level(), l -> new TreeMap<>())
          .computeIfAbsent(r.areaCode(), c -> new LinkedHashMap<>())
          .merge(r.areaName(), 1, Integer::sum);
      boroughs.putIfAbsent(r.level() + "|" + r.areaCode(), r.borough());
      Key key = new Key(r.level(), r.areaCode(), category, r.measure(), r.month());
      kept.merge(key, new Kept(r.count(), r.refresh(), Set.of(r.areaName())), this::newer);
    }
  }

  /**
   * The newer refresh of a key; on the same refresh, a row under another name of the same ward is
   * added to it, and a row repeating a name already counted is not counted twice.
   */
  private Kept newer(Kept before, Kept row) {
    int c = row.refresh().compareTo(before.refresh());
    if (c != 0) {
      replaced++;
      return c > 0 ? row : before;
    }
    String name = row.names().iterator().next();
    if (before.names().contains(name)) {
      repeated++;
      return before;
    }
    Set<String> both = new TreeSet<>(before.names());
    both.add(name);
    return new Kept(before.count() + row.count(), before.refresh(), both);
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }

  /** The months the level's rows cover. */
  public SortedSet<Month> months(MpsLayout.Level level) {
    return months.getOrDefault(level, new TreeSet<>());
  }

  /** The months the level's rows cover, and the gaps between their first and last. */
  public ForceCoverage coverage(MpsLayout.Level level) {
    return ForceCoverage.of("MPS Monthly Crime Dashboard", months(level));
  }

  /**
   * The months in which the SNT rows of {@code borough} (as the dashboard names it, case and spaces
   * folded) hold any row, of any offence or measure: the months the files cover for its wards.
   */
  public SortedSet<Month> wardMonths(String borough) {
    SortedSet<Month> out = new TreeSet<>();
    wardMonths.forEach(
        (b, m) -> {
          if (Names.same(b, borough)) {
            out.addAll(m);
          }
        });
    return out;
  }

  /** The SNT areas (wards) of {@code borough}, by code, as {@link #areas} names them. */
  public Map<String, Area> wards(String borough) {
    Map<String, Area> out = new TreeMap<>();
    areas(MpsLayout.Level.WARD)
        .forEach(
            (code, a) -> {
              if (a.borough() != null && Names.same(a.borough(), borough)) {
                out.put(code, a);
              }
            });
    return out;
  }

  /**
   * The measure's count of one {@code category} ({@code Group/Subgroup}, matched folded) for each
   * of {@code areas} at {@code level}, summed over {@code months}: that subgroup's rows alone,
   * never its group's other subgroups (they nest). An area with no row in one of those months adds
   * 0 for it (the dashboard has no zero rows); which months are covered is the caller's to decide.
   */
  public Map<String, Long> byArea(
      MpsLayout.Level level,
      Set<String> areas,
      String category,
      DashboardMeasure measure,
      Set<Month> months) {
    String key = DashboardNames.keyOf(category);
    Map<String, Long> out = new TreeMap<>();
    areas.forEach(a -> out.put(a, 0L));
    kept.forEach(
        (k, v) -> {
          if (k.level() == level
              && k.measure() == measure
              && k.category().equals(key)
              && areas.contains(k.area())
              && months.contains(k.month())) {
            out.merge(k.area(), v.count(), Long::sum);
          }
        });
    return out;
  }

  /** The levels the files hold rows for. */
  public Set<MpsLayout.Level> levels() {
    return months.keySet();
  }

  /** The level's areas by code, each named as most of its rows name it. */
  public Map<String, Area> areas(MpsLayout.Level level) {
    Map<String, Area> out = new TreeMap<>();
    names
        .getOrDefault(level, Map.of())
        .forEach(
            (code, byName) ->
                out.put(
                    code,
                    new Area(code, MpsData.mostRows(byName), boroughs.get(level + "|" + code))));
    return out;
  }

  /** Every category, {@code Group/Subgroup} as published, keyed by its folded spelling. */
  public SortedMap<String, String> categories() {
    return java.util.Collections.unmodifiableSortedMap(spelling);
  }

  /**
   * The measure's counts of {@code areas} summed, by category ({@code Group/Subgroup} as published)
   * and month: only the months the level covers appear, a key with no row in one of them being 0
   * (the dashboard has no zero rows).
   */
  public Map<String, SortedMap<Month, Long>> counts(
      MpsLayout.Level level, Set<String> areas, DashboardMeasure measure) {
    Map<String, SortedMap<Month, Long>> out = new TreeMap<>();
    Set<String> present = new TreeSet<>();
    kept.forEach(
        (k, v) -> {
          if (k.level() == level && k.measure() == measure) {
            present.add(k.category());
          }
        });
    for (String c : present) {
      SortedMap<Month, Long> byMonth = new TreeMap<>();
      months(level).forEach(m -> byMonth.put(m, 0L));
      out.put(spelling.get(c), byMonth);
    }
    kept.forEach(
        (k, v) -> {
          if (k.level() == level && k.measure() == measure && areas.contains(k.area())) {
            out.get(spelling.get(k.category())).merge(k.month(), v.count(), Long::sum);
          }
        });
    return out;
  }

  /** What a reader of the figures should know about how the files were merged. */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    names.forEach(
        (level, byCode) ->
            byCode.forEach(
                (code, byName) -> {
                  if (byName.size() > 1 && level != MpsLayout.Level.BOROUGH && !code.isBlank()) {
                    notes.add(
                        "MPS Monthly Crime Dashboard: ward code "
                            + code
                            + " is named "
                            + String.join(" and ", byName.keySet())
                            + "; read as one ward, its rows under either name added up.");
                  }
                }));
    Map<LocalDate, Set<String>> groupsByRefresh = new TreeMap<>();
    kept.forEach(
        (k, v) ->
            groupsByRefresh
                .computeIfAbsent(v.refresh(), r -> new TreeSet<>())
                .add(spelling.get(k.category()).split(DashboardNames.SEPARATOR)[0]));
    if (groupsByRefresh.size() > 1 || replaced > 0) {
      List<String> parts = new ArrayList<>();
      groupsByRefresh.forEach(
          (date, groups) ->
              parts.add(
                  (date.equals(LocalDate.MIN) ? "no refresh date" : "refresh " + date)
                      + ": "
                      + String.join(", ", groups)));
      notes.add(
          "MPS Monthly Crime Dashboard: the figures come from more than one refresh ("
              + String.join("; ", parts)
              + "); for each area, offence, measure and month the newest refresh is used"
              + (replaced > 0 ? " (" + replaced + " older rows set aside)" : "")
              + ".");
    }
    if (repeated > 0) {
      notes.add(
          "MPS Monthly Crime Dashboard: "
              + repeated
              + " rows repeat an area, offence, measure, month and refresh already read; counted"
              + " once.");
    }
    return notes;
  }
}
