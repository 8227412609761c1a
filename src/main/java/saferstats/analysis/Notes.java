package saferstats.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import saferstats.area.AreaLookup;
import saferstats.load.AreaContext;
import saferstats.load.Inputs;
import saferstats.load.LoadedArea;
import saferstats.load.SeriesSpan;
import saferstats.model.FileLedger;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.RecordRow;
import saferstats.model.SourceKind;
import saferstats.model.StreetColumns;
import saferstats.mps.MpsData;
import saferstats.priorities.ResolvedSet;

/** Plain-English notes every command prints about its inputs and its area. */
public final class Notes {
  private Notes() {}

  public static List<String> forInputs(Inputs ingest) {
    List<String> gaps =
        ingest.coverage().values().stream()
            .flatMap(c -> StreetGaps.of(c, ingest.files()).stream())
            .toList();
    List<String> duplicates =
        ingest.duplicatePartitions().stream()
            .map(
                d ->
                    d.key()
                        + " was supplied twice; the later input "
                        + d.usedInstead()
                        + " replaced "
                        + d.replaced()
                        + (d.identical() ? " (identical)." : " (the two differ)."))
            .toList();
    long rejected = ingest.files().stream().mapToLong(FileLedger::rejected).sum();
    List<String> unused =
        ingest.files().stream()
            .filter(f -> !f.kind().used())
            .map(f -> f.name() + " is a " + f.kind().id() + unusedHint(f.kind()))
            .toList();
    List<String> howRead = ingest.files().stream().flatMap(f -> f.notes().stream()).toList();
    long twoTypes =
        ingest.files().stream()
            .filter(f -> f.kind() == SourceKind.POLICE_UK_STREET)
            .mapToLong(FileLedger::idsUnderTwoTypes)
            .sum();
    return Noted.join(
        ingest.notes(),
        howRead,
        gaps,
        duplicates,
        Noted.when(
            rejected > 0,
            String.format(
                Locale.UK,
                "%,d rows were rejected and are not counted; saferstats inspect lists them.",
                rejected)),
        Noted.when(
            twoTypes > 0,
            String.format(
                Locale.UK,
                "%,d Crime ID%s appear%s under two or more crime types; each row counts under its"
                    + " own type, so such a crime counts in each of those priorities.",
                twoTypes,
                twoTypes == 1 ? "" : "s",
                twoTypes == 1 ? "s" : "")),
        unused);
  }

  /**
   * What the reader of an area's figures needs to know; {@code source} says where they came from.
   */
  public static List<String> forArea(LoadedArea loaded) {
    return forArea(loaded, !loaded.wholeForce());
  }

  /**
   * As {@link #forArea(LoadedArea)}; {@code placed} adds the count of street rows with no location,
   * which cannot be placed in an area (there are street rows only where the figures are
   * police.uk's: street files take precedence over MPS tables and records).
   */
  static List<String> forArea(LoadedArea loaded, boolean placed) {
    return forArea(loaded, placed, EnumSet.allOf(SeriesSpan.class));
  }

  /**
   * As {@link #forArea(LoadedArea, boolean)}, saying where MPS figures come from over {@code spans}
   * only: the figures a table or chart shows are read over those spans, and the notes under it
   * describe them, not the other spans' releases (issue 26.5).
   */
  static List<String> forArea(LoadedArea loaded, boolean placed, Set<SeriesSpan> spans) {
    AreaContext area = loaded.context();
    Inputs ingest = loaded.inputs();
    List<String> bySource =
        loaded
            .mpsTables()
            .map(mps -> forMps(mps, area, spans))
            .orElseGet(
                () ->
                    Noted.join(
                        mpsUnused(ingest),
                        Noted.when(
                            placed && noLocation(ingest) > 0,
                            String.format(
                                Locale.UK,
                                "%,d street rows have no location and cannot be placed in %s;"
                                    + " they count only in force-wide figures.",
                                noLocation(ingest),
                                area.area()))));
    return Noted.join(
        forInputs(ingest),
        bySource,
        loaded.sourceNotes(),
        List.of(
            "Percentages are withheld where either count is under "
                + Comparison.SMALL_NUMBERS
                + " or a window has missing months."));
  }

  /**
   * The area's rows (every month) whose LSOA code {@code lookup} lacks, if any: they count in the
   * area's figures, which are read from LSOA names, but no ward or lookup-wide figure can hold
   * them.
   */
  static List<String> unknownToLookup(AreaContext area, AreaLookup lookup) {
    if (lookup == null || !area.table().columnNames().contains(StreetColumns.LSOA_CODE)) {
      return List.of();
    }
    UnknownLsoas unknown =
        UnknownLsoas.of(
            HotspotRows.all(area.table()).byCodeAndName(), code -> lookup.lsoa(code).isPresent());
    return Noted.when(
        unknown.any(),
        unknown.sentence("rows of " + area.area(), "lookup " + lookup.file())
            + ". They count in these figures, but hotspots can put them in no ward and leaves"
            + " them out of its concentration over the lookup's LSOAs; an LSOA code of another"
            + " census year than the lookup's is the usual cause.");
  }

  /** What the reader of figures from local record extracts needs to know. */
  public static List<String> forRecords(
      List<RecordRow> rows, AreaContext records, ResolvedSet set) {
    ForceCoverage c = records.coverage();
    long noPlace = rows.stream().filter(r -> r.lsoaCode().isEmpty() && !r.hasPoint()).count();
    String summary =
        String.format(
            Locale.UK,
            "Local records: %,d incidents, %s to %s, taken as the area's own (an extract has no"
                + " force or area column); categories are the extract's own text with case and"
                + " spaces folded; %,d incidents with no LSOA or coordinates count here but cannot"
                + " be mapped.",
            rows.size(),
            c.first(),
            c.last(),
            noPlace);
    return Noted.join(
        List.of(summary),
        Noted.when(
            !c.missing().isEmpty(),
            "Local records have no incident at all in "
                + months(c.missing())
                + "; those months are missing (null), not zero."),
        Noted.when(
            records.end().isAfter(c.last()),
            "Local records end in "
                + c.last()
                + ", before "
                + records.end()
                + "; their windows that reach past it are missing."),
        outsideTheSet(rows, set),
        set.notes());
  }

  /**
   * Incidents whose category no priority of the set takes: they are in no figure of the set, so the
   * reader is told how many (a set that maps none of the records lists each category instead).
   */
  private static List<String> outsideTheSet(List<RecordRow> rows, ResolvedSet set) {
    Set<String> taken =
        set.priorities().stream().flatMap(p -> p.categories().stream()).collect(Collectors.toSet());
    List<RecordRow> outside = rows.stream().filter(r -> !taken.contains(r.category())).toList();
    return Noted.when(
        !outside.isEmpty(),
        String.format(
            Locale.UK,
            "%,d local record%s %s outside the %s set's mapping (%s) and %s in none of its"
                + " priorities.",
            outside.size(),
            outside.size() == 1 ? "" : "s",
            outside.size() == 1 ? "falls" : "fall",
            set.name(),
            outside.stream()
                .map(RecordRow::category)
                .distinct()
                .sorted()
                .collect(Collectors.joining(", ")),
            outside.size() == 1 ? "counts" : "count"));
  }

  private static List<String> mpsUnused(Inputs ingest) {
    return ingest.mps().isEmpty()
        ? List.of()
        : List.of(
            ingest.mps().tables().size()
                + " MPS table(s) in the inputs were not used: police.uk street files take"
                + " precedence. To report from the MPS tables, give their folder alone (for example"
                + " sample-data/mps).");
  }

  private static List<String> forMps(MpsData mps, AreaContext area, Set<SeriesSpan> spans) {
    return Noted.join(
        List.of(
            "Figures for "
                + area.area()
                + " come from the MPS London Datastore tables at that level; ward and LSOA tables"
                + " do not add up to the borough tables (not every crime is geocoded)."),
        Noted.when(!area.coverage().missing().isEmpty(), mpsGap(area.coverage())),
        MpsNotes.releases(mps, area, spans),
        MpsNotes.cells(mps),
        Noted.when(
            !mps.pseudoBoroughs().isEmpty(),
            "Not London boroughs, left out of London comparators: "
                + String.join(", ", mps.pseudoBoroughs())
                + "."),
        Noted.when(
            mps.tables().stream().anyMatch(t -> t.layout().generation() == 1),
            "MPS tables before 2019 use the older classification; its categories are kept apart."));
  }

  /** Each MPS table level's months that no release covers, as {@code inspect} says them. */
  public static List<String> mpsGaps(MpsData mps) {
    return mps.levels().stream()
        .sorted()
        .map(mps::coverage)
        .filter(c -> !c.missing().isEmpty())
        .map(Notes::mpsGap)
        .toList();
  }

  private static String mpsGap(ForceCoverage c) {
    return c.force()
        + " have no figures for "
        + months(c.missing())
        + "; those months are missing (null), not zero.";
  }

  private static long noLocation(Inputs ingest) {
    return ingest.files().stream()
        .filter(f -> f.kind() == SourceKind.POLICE_UK_STREET)
        .mapToLong(FileLedger::noLocation)
        .sum();
  }

  private static String unusedHint(SourceKind kind) {
    return switch (kind) {
      case POPULATION_TABLE -> ": not an input; pass it with --population to get rates.";
      case LOOKUP_TABLE -> ": not an input; pass it with --lookup or --lsoa-lookup.";
      case BOUNDARIES -> ": not an input; pass it to report with --boundaries to draw maps.";
      case PRIORITY_SET ->
          ": saferstats' own priority file, not an input; skipped. Pass it with --categories to use"
              + " its priorities.";
      case SAFERSTATS_REPORT ->
          ": output saferstats (or another tool) wrote, not an input; skipped. Write reports"
              + " outside the input folders.";
      default -> " file: recognised, not used.";
    };
  }

  static String months(List<Month> months) {
    return Month.ranges(months);
  }
}
