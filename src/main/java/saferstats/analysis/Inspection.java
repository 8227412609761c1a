package saferstats.analysis;

import static saferstats.model.StreetColumns.AREA;
import static saferstats.model.StreetColumns.BOROUGH;
import static saferstats.model.StreetColumns.CATEGORY;
import static saferstats.model.StreetColumns.COUNT;
import static saferstats.model.StreetColumns.COUNT_BY;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import saferstats.area.AreaLookup;
import saferstats.area.LsoaReference;
import saferstats.geo.Boundaries;
import saferstats.load.Inputs;
import saferstats.load.MonthlyCounts;
import saferstats.load.MpsCells;
import saferstats.load.RecordsTable;
import saferstats.model.DuplicatePartition;
import saferstats.model.FileLedger;
import saferstats.model.Month;
import saferstats.model.RecordRow;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds the {@link InspectReport} from what ingest read. */
public final class Inspection {
  /** Codes a check lists (most rows first); its count says how many there are in all. */
  static final int CODES_LISTED = 100;

  private Inspection() {}

  public static InspectReport of(Inputs ingest) {
    return of(ingest, null, null);
  }

  /**
   * What is in the inputs; with {@code lookup} or {@code boundaries} (each may be null) every row's
   * LSOA code is also checked against them: the street rows were read with {@link
   * #reference(AreaLookup, Boundaries)}.
   */
  public static InspectReport of(Inputs ingest, AreaLookup lookup, Boundaries boundaries) {
    List<InspectReport.Input> inputs = ingest.files().stream().map(Inspection::input).toList();
    List<Checked> checks = new ArrayList<>();
    Candidates codes = Candidates.of(ingest);
    if (lookup != null) {
      checks.add(
          new Checked(LOOKUP, lookup.file(), codes.against(c -> lookup.lsoa(c).isPresent())));
    }
    if (boundaries != null) {
      checks.add(
          new Checked(
              "boundaries", boundaries.source(), codes.against(boundaries.byCode()::containsKey)));
    }
    return new InspectReport(
        "inspect",
        Noted.join(
            Notes.forInputs(ingest),
            Notes.mpsGaps(ingest.mps()),
            checks.stream().filter(c -> c.found().any()).map(Checked::note).toList()),
        inputs,
        totals(ingest.files()),
        forces(ingest),
        sortedByCount(ingest.localAuthorities()),
        sortedByCount(categories(ingest)),
        ingest.duplicatePartitions().stream().map(Inspection::duplicate).toList(),
        ingest.mps().isEmpty() ? null : mps(ingest.mps()),
        ingest.records().isEmpty() ? null : records(ingest.records()),
        checks.stream().map(Checked::check).toList());
  }

  private static final String LOOKUP = "lookup";

  /**
   * The codes to check street rows against while reading: those every given table has, so a row
   * whose code one of them lacks is tallied. Null when neither is given.
   */
  public static LsoaReference reference(AreaLookup lookup, Boundaries boundaries) {
    if (lookup == null && boundaries == null) {
      return null;
    }
    Set<String> codes = new HashSet<>();
    if (lookup != null) {
      lookup.entries().forEach(e -> codes.add(e.lsoaCode()));
    }
    if (boundaries != null) {
      if (lookup == null) {
        codes.addAll(boundaries.byCode().keySet());
      } else {
        codes.retainAll(boundaries.byCode().keySet());
      }
    }
    return LsoaReference.of(codes);
  }

  /** The rows' codes checked against one file. */
  private record Checked(String against, String file, UnknownLsoas found) {
    InspectReport.LsoaCheck check() {
      return new InspectReport.LsoaCheck(
          against,
          file,
          found.rows(),
          found.unknownRows(),
          found.codes().size(),
          found.codes().stream().limit(CODES_LISTED).toList());
    }

    String note() {
      return found.sentence("rows with an LSOA code", against + " " + file)
          + (against.equals(LOOKUP)
              ? "; hotspots puts them in no ward."
              : "; report leaves them off its maps.")
          + " An LSOA code of another census year is the usual cause.";
    }
  }

  /**
   * The codes checked while reading (street rows whose code a reference lacks) and every local
   * record's code (they are all in memory, with no name), with the rows checked in all.
   */
  private record Candidates(long rows, Map<String, Map<String, Long>> byCode) {
    static Candidates of(Inputs ingest) {
      Map<String, Map<String, Long>> codes = new TreeMap<>();
      long rows = 0;
      if (ingest.lsoaCheck() != null) {
        rows = ingest.lsoaCheck().rows();
        ingest
            .lsoaCheck()
            .unknown()
            .forEach((code, byName) -> codes.put(code, new TreeMap<>(byName)));
      }
      for (RecordRow r : ingest.records()) {
        if (!r.lsoaCode().isEmpty()) {
          rows++;
          codes.computeIfAbsent(r.lsoaCode(), c -> new TreeMap<>()).merge("", 1L, Long::sum);
        }
      }
      return new Candidates(rows, codes);
    }

    UnknownLsoas against(Predicate<String> known) {
      return UnknownLsoas.among(rows, byCode, known);
    }
  }

  private static InspectReport.Records records(List<RecordRow> rows) {
    Table byCategory = RecordsTable.table("records", rows).countBy(CATEGORY);
    Map<String, Long> categories = new TreeMap<>();
    for (int i = 0; i < byCategory.rowCount(); i++) {
      categories.put(
          byCategory.stringColumn(CATEGORY).get(i),
          (long) byCategory.intColumn(COUNT_BY).getInt(i));
    }
    long withLsoa = rows.stream().filter(r -> !r.lsoaCode().isEmpty()).count();
    long withPoint = rows.stream().filter(RecordRow::hasPoint).count();
    long wardOnly =
        rows.stream()
            .filter(r -> r.lsoaCode().isEmpty() && !r.hasPoint() && !r.ward().isEmpty())
            .count();
    long noPlace =
        rows.stream()
            .filter(r -> r.lsoaCode().isEmpty() && !r.hasPoint() && r.ward().isEmpty())
            .count();
    return new InspectReport.Records(
        rows.size(),
        rows.stream().map(RecordRow::month).min(Month::compareTo).orElse(null),
        rows.stream().map(RecordRow::month).max(Month::compareTo).orElse(null),
        withLsoa,
        withPoint,
        wardOnly,
        noPlace,
        sortedByCount(categories));
  }

  private static InspectReport.Mps mps(MpsData mps) {
    List<InspectReport.MpsTable> tables =
        mps.tables().stream()
            .map(
                t ->
                    new InspectReport.MpsTable(
                        t.name(),
                        t.layout().level().id(),
                        t.layout().generation(),
                        t.layout().months().stream().min(Month::compareTo).orElse(null),
                        t.layout().months().stream().max(Month::compareTo).orElse(null),
                        t.rows()))
            .toList();
    MpsLayout.Level level = mps.levels().iterator().next();
    Table cells = MpsCells.of(mps, level);
    // Reduced to one row per area before joining to its one borough: the join can then neither
    // multiply a count nor meet Tablesaw 0.44.1's lost matches on a left key repeated ~1,000 times.
    Table byArea = cells.summarize(COUNT, sum).by(AREA);
    byArea.column(MpsCells.SUM).setName(COUNT);
    Table withBorough = byArea.joinOn(AREA).inner(boroughOf(mps.areas(level)));
    Map<String, Long> boroughs = sums(withBorough, BOROUGH);
    Map<String, Long> categories = sums(cells, CATEGORY);
    return new InspectReport.Mps(
        tables,
        sortedByCount(boroughs),
        sortedByCount(categories),
        List.copyOf(mps.pseudoBoroughs()),
        mps.overlappingCells(),
        mps.revisedCells(),
        sources(mps, level),
        mps.cellIssues(),
        mps.files().stream()
            .flatMap(f -> f.firstCellIssues().stream())
            .map(r -> r.describe() + " [" + r.reason() + "]")
            .toList());
  }

  /** One row per MPS area: its code and its borough. */
  private static Table boroughOf(Map<String, MpsData.Area> areas) {
    StringColumn code = StringColumn.create(AREA);
    StringColumn borough = StringColumn.create(BOROUGH);
    areas
        .values()
        .forEach(
            a -> {
              code.append(a.code());
              borough.append(a.borough());
            });
    return Table.create("MPS areas", code, borough);
  }

  /** The cells' counts summed by one column. */
  private static Map<String, Long> sums(Table cells, String by) {
    Table g = cells.summarize(COUNT, sum).by(by);
    Map<String, Long> m = new TreeMap<>();
    for (int i = 0; i < g.rowCount(); i++) {
      m.put(g.stringColumn(by).get(i), Math.round(g.numberColumn(MpsCells.SUM).getDouble(i)));
    }
    return m;
  }

  /** Per area of the level, the runs of months each release supplies. */
  private static List<InspectReport.AreaSources> sources(MpsData mps, MpsLayout.Level level) {
    return mps.areas(level).values().stream()
        .map(
            a ->
                new InspectReport.AreaSources(
                    a.name(),
                    mps.segments(level, a.code()).stream()
                        .map(
                            s ->
                                new InspectReport.SourceRun(
                                    s.release() == null ? null : s.release().name(),
                                    s.from(),
                                    s.to()))
                        .toList()))
        .toList();
  }

  private static InspectReport.Input input(FileLedger f) {
    Month first = f.months().isEmpty() ? null : f.months().first();
    Month last = f.months().isEmpty() ? null : f.months().last();
    return new InspectReport.Input(
        f.name(),
        f.kind().id(),
        f.kind().used(),
        List.copyOf(f.forces()),
        first,
        last,
        new InspectReport.Rows(
            f.read(),
            f.kept(),
            f.rejected(),
            f.duplicates(),
            f.duplicateRows(),
            f.superseded(),
            f.sharedIds(),
            f.noLocation(),
            f.noPoint()),
        f.firstRejections().stream()
            .map(r -> new InspectReport.Reject(r.line(), r.reason(), r.detail()))
            .toList(),
        f.fromCache());
  }

  private static InspectReport.Totals totals(List<FileLedger> files) {
    return new InspectReport.Totals(
        files.stream().mapToLong(FileLedger::read).sum(),
        files.stream().mapToLong(FileLedger::kept).sum(),
        files.stream().mapToLong(FileLedger::rejected).sum(),
        files.stream().mapToLong(FileLedger::duplicates).sum(),
        files.stream().mapToLong(FileLedger::sharedIds).sum(),
        files.stream().mapToLong(FileLedger::noLocation).sum(),
        files.stream().mapToLong(FileLedger::noPoint).sum());
  }

  private static List<InspectReport.Force> forces(Inputs ingest) {
    List<InspectReport.Force> forces = new ArrayList<>();
    ingest
        .coverage()
        .forEach(
            (name, c) ->
                forces.add(
                    new InspectReport.Force(
                        name,
                        c.first(),
                        c.last(),
                        c.present(),
                        c.missing(),
                        MonthlyCounts.byMonth(ingest.counts().getOrDefault(name, Map.of()), c)
                            .total())));
    return forces;
  }

  private static Map<String, Long> categories(Inputs ingest) {
    Map<String, Long> categories = new TreeMap<>();
    ingest.counts().values().stream()
        .flatMap(byMonth -> byMonth.values().stream())
        .forEach(byCat -> byCat.forEach((c, n) -> categories.merge(c, n, Long::sum)));
    return categories;
  }

  private static List<InspectReport.NamedCount> sortedByCount(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .map(e -> new InspectReport.NamedCount(e.getKey(), e.getValue()))
        .toList();
  }

  private static InspectReport.Duplicate duplicate(DuplicatePartition d) {
    return new InspectReport.Duplicate(
        d.key().kind().id(),
        d.key().reportedBy(),
        d.key().month(),
        d.replaced(),
        d.usedInstead(),
        d.identical());
  }
}
