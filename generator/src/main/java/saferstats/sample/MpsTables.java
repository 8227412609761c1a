package saferstats.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes MPS London Datastore style tables from a {@link MpsTally}: two borough releases of
 * different header generations that overlap by a year (the earlier one holds provisional counts the
 * later one revised), and a ward table. CRLF, no BOM, plain {@code .csv}, as published; rows sorted
 * by area, then major and minor text. Borough files list every category, zeros included; the ward
 * file, like the real ones, leaves out rows that are zero in every month.
 */
final class MpsTables {
  static final String BOROUGH_FILE = "MPS Borough Level Crime (most recent 24 months).csv";
  static final String WARD_FILE = "MPS Ward Level Crime (most recent 24 months).csv";
  static final int MONTHS = 24;
  static final YearMonth GEN2_START = YearMonth.of(2021, 7);
  static final YearMonth GEN3_START = YearMonth.of(2022, 7);
  static final String AIRPORTS = "London Heathrow and London City Airports";
  static final String AVIATION = "Aviation Security (SO18)";
  static final String HEATHROW_WARD = "Heathrow Villages";
  static final String HEATHROW_CODE = "E05013570";

  /** Share of comparable overlapping cells the later release revises, by 1 to 3. */
  private static final double REVISED_SHARE = 0.02;

  /** Share of revisions that go up in the later release (late-recorded crimes). */
  private static final double REVISED_UP = 0.75;

  /** Share of the airport pseudo-borough's crimes the Heathrow ward block carries. */
  private static final double HEATHROW_SHARE = 0.8;

  /** Mean monthly crimes at the airports pseudo-borough, by generation 3 minor; others 0.05. */
  private static final Map<String, Double> AIRPORT_MEANS =
      Map.ofEntries(
          Map.entry("OTHER THEFT", 4.0),
          Map.entry("MISC CRIMES AGAINST SOCIETY", 3.0),
          Map.entry("VIOLENCE WITHOUT INJURY", 2.5),
          Map.entry("THEFT FROM A VEHICLE", 1.5),
          Map.entry("PUBLIC FEAR ALARM OR DISTRESS", 1.2),
          Map.entry("VIOLENCE WITH INJURY", 1.0),
          Map.entry("SHOPLIFTING", 1.0),
          Map.entry("CRIMINAL DAMAGE", 1.0),
          Map.entry("STALKING AND HARASSMENT", 0.8),
          Map.entry("THEFT OR UNAUTH TAKING OF A MOTOR VEH", 0.6),
          Map.entry("THEFT FROM THE PERSON", 0.5),
          Map.entry("RACE OR RELIGIOUS AGG PUBLIC FEAR", 0.5),
          Map.entry("OTHER SEXUAL OFFENCES", 0.5),
          Map.entry("INTERFERING WITH A MOTOR VEHICLE", 0.4),
          Map.entry("POSSESSION OF DRUGS", 0.4),
          Map.entry("POSSESSION OF WEAPONS", 0.3),
          Map.entry("BURGLARY BUSINESS AND COMMUNITY", 0.3),
          Map.entry("ROBBERY OF PERSONAL PROPERTY", 0.3),
          Map.entry("HOMICIDE", 0.0));

  /** The few categories of the Heathrow ward block (a share of the airports' counts). */
  private static final List<String> HEATHROW_MINORS =
      List.of(
          "OTHER THEFT",
          "MISC CRIMES AGAINST SOCIETY",
          "VIOLENCE WITHOUT INJURY",
          "THEFT FROM A VEHICLE",
          "PUBLIC FEAR ALARM OR DISTRESS");

  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMM");

  /**
   * Borough-level totals of one borough over the generation 3 months: all, located, no location.
   */
  record Gap(String borough, int boroughTotal, int wardTotal, int unlocated) {}

  /** What was written, for the README and the tests. */
  record Summary(
      Map<String, Integer> rowsByFile,
      int overlapCells,
      int comparableCells,
      int revisedCells,
      int redefinedCells,
      List<Gap> gaps,
      Map<String, List<String>> repeatedWardNames,
      Map<String, Integer> harrowLatestYear,
      int airportsTotal,
      int heathrowRows) {}

  private final MpsTally tally;
  private final long seed;
  private final TreeMap<MpsCategory.Label, List<MpsCategory>> gen2 = labels(2);
  private final TreeMap<MpsCategory.Label, List<MpsCategory>> gen3 = labels(3);
  private final List<Integer> boroughOrder;

  MpsTables(MpsTally tally, long seed) {
    this.tally = tally;
    this.seed = seed;
    List<String> names = tally.boroughNames();
    List<Integer> order = new ArrayList<>();
    for (int b = 0; b < names.size(); b++) {
      order.add(b);
    }
    order.sort(Comparator.comparing(names::get));
    this.boroughOrder = List.copyOf(order);
  }

  static String gen2File() {
    return "mps/borough/" + period(GEN2_START) + "/" + BOROUGH_FILE;
  }

  static String gen3File() {
    return "mps/borough/" + period(GEN3_START) + "/" + BOROUGH_FILE;
  }

  static String wardFile() {
    return "mps/ward/" + period(GEN3_START) + "/" + WARD_FILE;
  }

  private static String period(YearMonth start) {
    return start + "_" + start.plusMonths(MONTHS - 1L);
  }

  Summary write(Path outDir) throws IOException {
    int[][][] provisional = new int[boroughOrder.size()][gen2.size()][MONTHS];
    int[] cells = revise(provisional);
    Map<String, Integer> rows = new LinkedHashMap<>();
    rows.put(gen2File(), writeGen2(outDir.resolve(gen2File()), provisional));
    int[][] airports = airports();
    rows.put(gen3File(), writeGen3(outDir.resolve(gen3File()), airports));
    int[] heathrow = new int[1];
    rows.put(wardFile(), writeWards(outDir.resolve(wardFile()), airports, heathrow));
    int airportTotal = 0;
    for (int[] row : airports) {
      for (int v : row) {
        airportTotal += v;
      }
    }
    return new Summary(
        rows,
        cells[0],
        cells[1],
        cells[2],
        cells[3],
        gaps(),
        repeatedWardNames(),
        harrowLatestYear(),
        airportTotal,
        heathrow[0]);
  }

  private static TreeMap<MpsCategory.Label, List<MpsCategory>> labels(int generation) {
    TreeMap<MpsCategory.Label, List<MpsCategory>> out = new TreeMap<>();
    for (MpsCategory c : MpsCategory.values()) {
      out.computeIfAbsent(c.label(generation), k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  /**
   * Sum of the tally over categories sharing a label; {@code month} counts from the sample start.
   */
  private int count(int b, List<MpsCategory> cats, int month) {
    int n = 0;
    for (MpsCategory c : cats) {
      n += tally.borough(b, c, month);
    }
    return n;
  }

  /**
   * Picks the generation 2 cells in the overlap that the later release revised and stores their
   * provisional (earlier) value minus the final one. Returns {overlap cells, comparable cells,
   * revised cells, cells differing because violence without injury was redefined}.
   */
  private int[] revise(int[][][] offsets) {
    int overlapStart = MpsTally.monthIndex(GEN3_START) - MpsTally.monthIndex(GEN2_START);
    List<MpsCategory.Label> keys = new ArrayList<>(gen2.keySet());
    List<int[]> comparable = new ArrayList<>();
    int overlap = 0;
    int redefined = 0;
    for (int bi = 0; bi < boroughOrder.size(); bi++) {
      int b = boroughOrder.get(bi);
      for (int li = 0; li < keys.size(); li++) {
        List<MpsCategory> cats = gen2.get(keys.get(li));
        if (cats.stream().noneMatch(MpsCategory::sharesName)) {
          continue;
        }
        List<MpsCategory> later = gen3.get(cats.get(0).label(3));
        boolean same = later.equals(cats);
        for (int k = overlapStart; k < MONTHS; k++) {
          overlap++;
          int month = MpsTally.monthIndex(GEN2_START) + k;
          if (same) {
            comparable.add(new int[] {bi, li, k});
          } else if (count(b, cats, month) != count(b, later, month)) {
            redefined++;
          }
        }
      }
    }
    Rng rng = Rng.derive(seed, "mps-revisions");
    int n = (int) Math.max(1, Math.round(comparable.size() * REVISED_SHARE));
    for (int i = 0; i < n; i++) {
      int j = i + rng.below(comparable.size() - i);
      int[] cell = comparable.get(j);
      comparable.set(j, comparable.get(i));
      comparable.set(i, cell);
      int b = boroughOrder.get(cell[0]);
      int month = MpsTally.monthIndex(GEN2_START) + cell[2];
      int value = count(b, gen2.get(keys.get(cell[1])), month);
      int delta = 1 + rng.below(3);
      boolean up = rng.chance(REVISED_UP);
      int earlier = up && value - delta >= 0 ? value - delta : value + delta;
      offsets[cell[0]][cell[1]][cell[2]] = earlier - value;
    }
    return new int[] {overlap, comparable.size(), n, redefined};
  }

  private int writeGen2(Path file, int[][][] offsets) throws IOException {
    int rows = 0;
    try (CsvSink sink = CsvSink.open(file, true, false)) {
      sink.line(header("MajorText,MinorText,LookUp_BoroughName", GEN2_START));
      int first = MpsTally.monthIndex(GEN2_START);
      for (int bi = 0; bi < boroughOrder.size(); bi++) {
        int b = boroughOrder.get(bi);
        int li = 0;
        for (Map.Entry<MpsCategory.Label, List<MpsCategory>> e : gen2.entrySet()) {
          int[] values = new int[MONTHS];
          for (int k = 0; k < MONTHS; k++) {
            values[k] = count(b, e.getValue(), first + k) + offsets[bi][li][k];
          }
          sink.line(row(e.getKey(), List.of(tally.boroughNames().get(b)), values));
          rows++;
          li++;
        }
      }
    }
    return rows;
  }

  private int writeGen3(Path file, int[][] airports) throws IOException {
    int rows = 0;
    try (CsvSink sink = CsvSink.open(file, true, false)) {
      sink.line(header("MajorText,MinorText,BoroughName", GEN3_START));
      for (int b : boroughOrder) {
        for (Map.Entry<MpsCategory.Label, List<MpsCategory>> e : gen3.entrySet()) {
          int[] values = gen3Values(b, e.getValue());
          sink.line(row(e.getKey(), List.of(tally.boroughNames().get(b)), values));
          rows++;
        }
      }
      int li = 0;
      for (MpsCategory.Label label : gen3.keySet()) {
        sink.line(row(label, List.of(AIRPORTS), airports[li++]));
        rows++;
      }
    }
    return rows;
  }

  private int[] gen3Values(int b, List<MpsCategory> cats) {
    int first = MpsTally.monthIndex(GEN3_START);
    int[] values = new int[MONTHS];
    for (int k = 0; k < MONTHS; k++) {
      values[k] = count(b, cats, first + k);
    }
    return values;
  }

  /** Small Poisson counts for the airports pseudo-borough, one row per generation 3 label. */
  private int[][] airports() {
    Rng rng = Rng.derive(seed, "mps-airports");
    int[][] out = new int[gen3.size()][MONTHS];
    int li = 0;
    for (MpsCategory.Label label : gen3.keySet()) {
      double mean = AIRPORT_MEANS.getOrDefault(label.minor(), 0.05);
      for (int k = 0; k < MONTHS; k++) {
        out[li][k] = rng.poisson(mean);
      }
      li++;
    }
    return out;
  }

  private int writeWards(Path file, int[][] airports, int[] heathrowRows) throws IOException {
    int rows = 0;
    int first = MpsTally.monthIndex(GEN3_START);
    try (CsvSink sink = CsvSink.open(file, true, false)) {
      sink.line(header("MajorText,MinorText,WardName,WardCode,LookUp_BoroughName", GEN3_START));
      Rng rng = Rng.derive(seed, "mps-heathrow");
      List<String> heathrowArea = List.of(HEATHROW_WARD, HEATHROW_CODE, AVIATION);
      int li = 0;
      for (MpsCategory.Label label : gen3.keySet()) {
        if (HEATHROW_MINORS.contains(label.minor())) {
          int[] values = new int[MONTHS];
          for (int k = 0; k < MONTHS; k++) {
            for (int n = 0; n < airports[li][k]; n++) {
              values[k] += rng.chance(HEATHROW_SHARE) ? 1 : 0;
            }
          }
          if (nonZero(values)) {
            sink.line(row(label, heathrowArea, values));
            heathrowRows[0]++;
            rows++;
          }
        }
        li++;
      }
      for (MpsTally.Ward w : sortedWards()) {
        List<String> area = List.of(w.name(), w.code(), w.boroughName());
        for (Map.Entry<MpsCategory.Label, List<MpsCategory>> e : gen3.entrySet()) {
          int[] values = new int[MONTHS];
          for (int k = 0; k < MONTHS; k++) {
            for (MpsCategory c : e.getValue()) {
              values[k] += tally.ward(w.code(), c, first + k);
            }
          }
          if (nonZero(values)) {
            sink.line(row(e.getKey(), area, values));
            rows++;
          }
        }
      }
    }
    return rows;
  }

  private List<MpsTally.Ward> sortedWards() {
    List<MpsTally.Ward> out = new ArrayList<>(tally.wards());
    out.sort(
        Comparator.comparing(MpsTally.Ward::boroughName)
            .thenComparing(MpsTally.Ward::name)
            .thenComparing(MpsTally.Ward::code));
    return out;
  }

  private List<Gap> gaps() {
    int first = MpsTally.monthIndex(GEN3_START);
    List<Gap> out = new ArrayList<>();
    for (int b : boroughOrder) {
      String name = tally.boroughNames().get(b);
      int all = 0;
      int located = 0;
      int none = 0;
      for (int k = 0; k < MONTHS; k++) {
        none += tally.unlocated(b, first + k);
        for (MpsCategory c : MpsCategory.values()) {
          all += tally.borough(b, c, first + k);
          for (MpsTally.Ward w : tally.wards()) {
            if (w.boroughName().equals(name)) {
              located += tally.ward(w.code(), c, first + k);
            }
          }
        }
      }
      out.add(new Gap(name, all, located, none));
    }
    return out;
  }

  /** Ward names carried by more than one ward code, with their "code (borough)" entries. */
  private Map<String, List<String>> repeatedWardNames() {
    Map<String, List<String>> byName = new TreeMap<>();
    for (MpsTally.Ward w : sortedWards()) {
      byName
          .computeIfAbsent(w.name(), k -> new ArrayList<>())
          .add(w.code() + " (" + w.boroughName() + ")");
    }
    byName.values().removeIf(codes -> codes.size() < 2);
    return byName;
  }

  /** Harrow's generation 3 borough counts per major category over the last 12 months. */
  private Map<String, Integer> harrowLatestYear() {
    int b = tally.boroughNames().indexOf("Harrow");
    Map<String, Integer> out = new TreeMap<>();
    int last = SampleLayout.MONTHS;
    for (MpsCategory c : MpsCategory.values()) {
      for (int m = last - 12; m < last; m++) {
        out.merge(c.label(3).major(), tally.borough(b, c, m), Integer::sum);
      }
    }
    return out;
  }

  private static boolean nonZero(int[] values) {
    for (int v : values) {
      if (v != 0) {
        return true;
      }
    }
    return false;
  }

  private static String header(String keys, YearMonth start) {
    StringBuilder sb = new StringBuilder(keys);
    for (int k = 0; k < MONTHS; k++) {
      sb.append(',').append(start.plusMonths(k).format(COMPACT));
    }
    return sb.toString();
  }

  private static String row(MpsCategory.Label label, List<String> area, int[] values) {
    StringBuilder sb = new StringBuilder(160);
    PoliceUkFormat.field(sb, label.major()).append(',');
    PoliceUkFormat.field(sb, label.minor());
    for (String a : area) {
      PoliceUkFormat.field(sb.append(','), a);
    }
    for (int v : values) {
      sb.append(',').append(v);
    }
    return sb.toString();
  }
}
