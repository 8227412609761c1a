package saferstats.mps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;

/**
 * Every MPS table read, each kept whole as a release (SPEC 1.4): releases are ranked newest first,
 * and a run of months comes from the one newest release that covers all of it where there is one.
 */
public final class MpsData {
  /**
   * One cell of the long table. A class rather than a record only to keep its hash: London's half a
   * million cells are each looked up several times while the releases are read and merged.
   */
  public static final class Cell {
    private final MpsLayout.Level level;
    private final String area;
    private final String category;
    private final Month month;
    private final int hash;

    public Cell(MpsLayout.Level level, String area, String category, Month month) {
      this.level = Objects.requireNonNull(level);
      this.area = Objects.requireNonNull(area);
      this.category = Objects.requireNonNull(category);
      this.month = Objects.requireNonNull(month);
      // The level by its ordinal, not its identity hash, so the same tables hash alike every run.
      this.hash =
          ((level.ordinal() * 31 + area.hashCode()) * 31 + category.hashCode()) * 31
              + month.index();
    }

    public MpsLayout.Level level() {
      return level;
    }

    public String area() {
      return area;
    }

    public String category() {
      return category;
    }

    public Month month() {
      return month;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cell c
          && hash == c.hash
          && level == c.level
          && month.equals(c.month)
          && area.equals(c.area)
          && category.equals(c.category);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "Cell[level="
          + level
          + ", area="
          + area
          + ", category="
          + category
          + ", month="
          + month
          + "]";
    }
  }

  /** An area as the tables name it. */
  public record Area(String code, String name, String borough) {}

  /** One table as inspect describes it. */
  public record Table(String name, MpsLayout layout, int rows) {}

  /** Months {@code from}..{@code to} of an area taken from one release (null: no release). */
  public record Segment(MpsRelease release, Month from, Month to) {}

  private final List<MpsRelease> releases = new ArrayList<>();
  private final List<MpsFile> files = new ArrayList<>();
  private final Map<MpsLayout.Level, Map<String, Area>> areas = new TreeMap<>();

  /** Per level and area code, rows per borough in the order first met. */
  private final Map<MpsLayout.Level, Map<String, Map<String, Integer>>> boroughRows =
      new TreeMap<>();

  private final Map<MpsLayout.Level, SortedSet<Month>> months = new TreeMap<>();
  private final List<Table> tables = new ArrayList<>();
  private Map<Cell, Long> merged;
  private int releaseChoices;
  private long overlapping;
  private long revised;

  private MpsData() {}

  /**
   * The tables in input order. A borough the releases spell differently ("HARROW", "Harrow") is one
   * area, read under the name {@link MpsSpellings} prefers over all of them, as within one table.
   */
  public static MpsData of(List<MpsFile> files) {
    MpsSpellings names = new MpsSpellings();
    files.forEach(f -> f.rows().forEach(r -> names.add(r.borough())));
    MpsData mps = new MpsData();
    for (MpsFile f : files) {
      mps.add(
          f.withRows(
              f.rows().stream().map(r -> r.withBorough(names.chosen(r.borough()))).toList()));
    }
    return mps;
  }

  private void add(MpsFile file) {
    tables.add(new Table(file.name(), file.layout(), file.rows().size()));
    files.add(file);
    MpsLayout.Level level = file.layout().level();
    months.computeIfAbsent(level, l -> new TreeSet<>()).addAll(file.layout().months());
    Map<String, Area> byCode = areas.computeIfAbsent(level, l -> new TreeMap<>());
    Map<String, Map<String, Integer>> rows =
        boroughRows.computeIfAbsent(level, l -> new HashMap<>());
    for (MpsRow row : file.rows()) {
      Map<String, Integer> boroughs =
          rows.computeIfAbsent(row.areaCode(), c -> new LinkedHashMap<>());
      boroughs.merge(row.borough(), 1, Integer::sum);
      Area first = byCode.get(row.areaCode());
      String name = first == null ? row.areaName() : first.name();
      byCode.put(row.areaCode(), new Area(row.areaCode(), name, mostRows(boroughs)));
    }
    releases.add(new MpsRelease(file));
    releases.sort(MpsRelease.NEWEST_FIRST);
    merged = null;
  }

  /**
   * The borough most of an area's rows name, the first met on a tie: an area's borough is never
   * decided by whichever row happens to come first (Heathrow Villages, under Aviation Security on
   * most of its rows and Hillingdon on the rest, is Aviation Security's).
   */
  public static String mostRows(Map<String, Integer> boroughs) {
    String best = null;
    for (Map.Entry<String, Integer> e : boroughs.entrySet()) {
      if (best == null || e.getValue() > boroughs.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** The level's releases, newest first. */
  public List<MpsRelease> releases(MpsLayout.Level level) {
    return releases.stream().filter(r -> r.level() == level).toList();
  }

  /**
   * Which release supplies each of {@code wanted} for the areas: the newest release covering all of
   * them; failing that, each month from the newest release covering it. A month no release covers
   * is absent from the answer.
   */
  public Map<Month, MpsRelease> sources(
      MpsLayout.Level level, Set<String> areaCodes, List<Month> wanted) {
    releaseChoices++;
    Map<Month, MpsRelease> out = new LinkedHashMap<>();
    for (MpsRelease r : releases(level)) {
      if (wanted.stream().allMatch(m -> r.covers(areaCodes, m))) {
        wanted.forEach(m -> out.put(m, r));
        return out;
      }
    }
    for (Month m : wanted) {
      releases(level).stream()
          .filter(r -> r.covers(areaCodes, m))
          .findFirst()
          .ifPresent(r -> out.put(m, r));
    }
    return out;
  }

  /**
   * How many runs of months have been matched to releases so far: each span of an area is matched
   * once when the area is resolved, so a report that resolves its levels once shows a count that
   * does not grow with its priorities (tests check it).
   */
  public int releaseChoices() {
    return releaseChoices;
  }

  /** Per area, which release covers which months, newest first month by month (for inspect). */
  public List<Segment> segments(MpsLayout.Level level, String areaCode) {
    SortedSet<Month> all = months(level);
    List<Segment> out = new ArrayList<>();
    if (all.isEmpty()) {
      return out;
    }
    List<Month> span = all.first().through(all.last());
    for (Month m : span) {
      MpsRelease r = sources(level, Set.of(areaCode), List.of(m)).get(m);
      Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.release() == r && last.to().plus(1).equals(m)) {
        out.set(out.size() - 1, new Segment(r, last.from(), m));
      } else {
        out.add(new Segment(r, m, m));
      }
    }
    return out;
  }

  public boolean isEmpty() {
    return tables.isEmpty();
  }

  public List<Table> tables() {
    return tables;
  }

  public List<MpsFile> files() {
    return files;
  }

  /**
   * Every countable cell, each area's month taken whole from the newest release covering it (for
   * listings such as inspect and ward rankings; windows use {@link #sources}).
   */
  public Map<Cell, Long> cells() {
    if (merged == null) {
      merge();
    }
    return merged;
  }

  private void merge() {
    // Sized for every release's cells up front: growing maps of half a million cells cost more
    // than filling them on the real London tables.
    int all = releases.stream().mapToInt(r -> r.cells().size()).sum();
    merged = new HashMap<>(all * 4 / 3 + 1);
    Set<Cell> overlap = new HashSet<>();
    Set<Cell> changed = new HashSet<>();
    for (int i = 0; i < releases.size(); i++) {
      MpsRelease r = releases.get(i);
      List<MpsRelease> newer = releases.subList(0, i);
      // Per area, the newer releases of the level that publish it: the first of them covering a
      // month claimed that area's month whole, so this release gives none of it.
      Map<String, List<MpsRelease>> newerWithArea = new HashMap<>();
      r.cells()
          .forEach(
              (cell, n) -> {
                List<MpsRelease> before =
                    newerWithArea.computeIfAbsent(
                        cell.area(),
                        a ->
                            newer.stream()
                                .filter(q -> q.level() == r.level() && q.hasArea(a))
                                .toList());
                boolean claimed = false;
                Long first = null;
                for (MpsRelease q : before) {
                  if (q.covers(cell.month())) {
                    claimed = true;
                    Long v = q.cells().get(cell);
                    if (v != null) {
                      first = v;
                      break;
                    }
                  }
                }
                if (!claimed && n != null) {
                  merged.put(cell, n);
                }
                // Published by a newer release too: compared with the newest value published.
                if (n != null && first != null) {
                  overlap.add(cell);
                  if (!first.equals(n)) {
                    changed.add(cell);
                  }
                }
              });
    }
    overlapping = overlap.size();
    revised = changed.size();
  }

  public Map<String, Area> areas(MpsLayout.Level level) {
    return areas.getOrDefault(level, Map.of());
  }

  public SortedSet<Month> months(MpsLayout.Level level) {
    return months.getOrDefault(level, new TreeSet<>());
  }

  /** The months a level's tables cover, and the gaps between their first and last. */
  public ForceCoverage coverage(MpsLayout.Level level) {
    return ForceCoverage.of("MPS " + level.id() + " tables", months(level));
  }

  public Set<MpsLayout.Level> levels() {
    return months.keySet();
  }

  /** Cells published by more than one release. */
  public long overlappingCells() {
    cells();
    return overlapping;
  }

  /** Cells published by more than one release with different values. */
  public long revisedCells() {
    cells();
    return revised;
  }

  /** Cells that could not be counted, over every table. */
  public long cellIssues() {
    return files.stream().mapToLong(MpsFile::cellIssues).sum();
  }

  /** Borough values that are not London boroughs: airports, aviation security, unknown. */
  public SortedSet<String> pseudoBoroughs() {
    SortedSet<String> pseudo = new TreeSet<>();
    areas
        .values()
        .forEach(
            m ->
                m.values().stream()
                    .map(Area::borough)
                    .filter(MpsData::isPseudoBorough)
                    .forEach(pseudo::add));
    return pseudo;
  }

  public static boolean isPseudoBorough(String borough) {
    String b = borough.toLowerCase(Locale.ROOT);
    return b.contains("airport")
        || b.contains("aviation")
        || b.contains("heathrow")
        || b.equals("unknown")
        || b.isBlank();
  }
}
