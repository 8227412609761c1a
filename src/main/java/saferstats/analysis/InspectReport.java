package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;

/** The result of {@code saferstats inspect}: what is in the inputs (SPEC 3). */
public record InspectReport(
    String command,
    List<String> notes,
    List<Input> inputs,
    Totals totals,
    List<Force> forces,
    List<NamedCount> areas,
    List<NamedCount> categories,
    List<Duplicate> duplicatePartitions,
    Mps mps,
    Records records,
    List<LsoaCheck> lsoaChecks) {

  /**
   * The rows' LSOA codes checked against {@code --lookup} or {@code --boundaries} (none when
   * neither was given).
   *
   * @param against "lookup" or "boundaries"
   * @param rows street rows and local records with an LSOA code
   * @param unknownRows of them, rows whose code the file lacks
   * @param unknownCodes how many codes the file lacks
   * @param codes those codes, most rows first: the first {@link Inspection#CODES_LISTED}
   */
  public record LsoaCheck(
      String against,
      String file,
      long rows,
      long unknownRows,
      int unknownCodes,
      List<UnknownLsoas.Code> codes) {}

  /**
   * Local record extracts (null when none were given): rows by place quality and by category, as
   * tidied (case and spaces folded).
   */
  public record Records(
      long rows,
      Month first,
      Month last,
      long withLsoa,
      long withPoint,
      long wardOnly,
      long noPlace,
      List<NamedCount> categories) {}

  /** MPS London Datastore tables (null when none were given). */
  public record Mps(
      List<MpsTable> tables,
      List<NamedCount> boroughs,
      List<NamedCount> categories,
      List<String> pseudoBoroughs,
      long overlappingCells,
      long revisedCells,
      List<AreaSources> sources,
      long unreadCells,
      List<String> firstUnreadCells) {}

  /** Which MPS release covers which of an area's months (newest first, month by month). */
  public record AreaSources(String area, List<SourceRun> runs) {}

  /** Months {@code from}..{@code to} from one release; {@code release} null where none covers. */
  public record SourceRun(String release, Month from, Month to) {}

  /** One MPS table: its level, header generation and months. */
  public record MpsTable(
      String path, String level, int generation, Month firstMonth, Month lastMonth, int rows) {}

  /** One input file in detail. */
  public record Input(
      String path,
      String kind,
      boolean used,
      List<String> forces,
      Month firstMonth,
      Month lastMonth,
      Rows rows,
      List<Reject> rejections,
      boolean fromCache) {}

  /**
   * read = kept + rejected + duplicates; duplicates = duplicateRows + superseded. Of the kept rows,
   * {@code noLocation} have no LSOA (nothing places them in an area) and {@code noPoint} have an
   * LSOA but no coordinates (in their area's figures, not on a grid).
   */
  public record Rows(
      long read,
      long kept,
      long rejected,
      long duplicates,
      long duplicateRows,
      long superseded,
      long sharedIds,
      long noLocation,
      long noPoint) {}

  /** A rejected row shown by inspect (the first 20 of each reason per file). */
  public record Reject(long line, String reason, String detail) {}

  /** Totals over every input (SPEC 4a: {@code totals}). */
  public record Totals(
      long read,
      long kept,
      long rejected,
      long duplicates,
      long sharedIds,
      long noLocation,
      long noPoint) {}

  /** A force's street-file months and the gaps in them. */
  public record Force(
      String force, Month first, Month last, int months, List<Month> missing, long rows) {}

  /** A name with a row count (an area or a category). */
  public record NamedCount(String name, long rows) {}

  /** A partition two inputs supplied; the later one was used. */
  public record Duplicate(
      String kind,
      String reportedBy,
      Month month,
      String replaced,
      String usedInstead,
      boolean identical) {}
}
