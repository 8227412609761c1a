package saferstats.mps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import saferstats.model.Month;
import saferstats.model.Names;

/**
 * The shape of an MPS London Datastore table, recognised by its columns (SPEC 1.4): level (borough,
 * ward, LSOA), header generation, where the keys are, and which columns are months.
 *
 * @param generation 1 = Borough/Major Category/Minor Category; 2 = MajorText/MinorText/
 *     LookUp_BoroughName; 3 = MajorText/MinorText/BoroughName
 */
public record MpsLayout(
    Level level,
    int generation,
    int major,
    int minor,
    int borough,
    int areaCode,
    int areaName,
    List<Integer> monthColumns,
    List<Month> months) {

  /** Geography of a table. */
  public enum Level {
    BOROUGH,
    WARD,
    LSOA;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The names a table's major-category column goes by. */
  private static final String[] MAJOR = {"majortext", "major category"};

  public static Optional<MpsLayout> of(List<String> header) {
    List<String> h = Names.columns(header);
    List<Integer> monthColumns = new ArrayList<>();
    List<Month> months = new ArrayList<>();
    for (int i = 0; i < h.size(); i++) {
      Optional<Month> m = Month.parseCompact(h.get(i));
      if (m.isPresent()) {
        monthColumns.add(i);
        months.add(m.get());
      }
    }
    int major = first(h, MAJOR);
    int minor = first(h, "minortext", "minor category");
    int borough = first(h, "lookup_boroughname", "boroughname", "borough", "borough name");
    if (months.isEmpty() || major < 0 || minor < 0 || borough < 0) {
      return Optional.empty();
    }
    int generation =
        h.get(major).equals("major category") ? 1 : h.get(borough).equals("boroughname") ? 3 : 2;
    int wardCode = first(h, "wardcode", "ward code");
    int lsoaCode = first(h, "lsoa code", "lsoacode", "lsoa11cd", "lsoa21cd");
    Level level = lsoaCode >= 0 ? Level.LSOA : wardCode >= 0 ? Level.WARD : Level.BOROUGH;
    int code = level == Level.LSOA ? lsoaCode : level == Level.WARD ? wardCode : borough;
    int name =
        level == Level.LSOA
            ? first(h, "lsoa name", "lsoaname")
            : level == Level.WARD ? first(h, "wardname", "ward name") : borough;
    return Optional.of(
        new MpsLayout(
            level,
            generation,
            major,
            minor,
            borough,
            code,
            name < 0 ? code : name,
            monthColumns,
            months));
  }

  /**
   * Whether a row could be a header: one of its first fields names the major-category column. A
   * cheap test for every data row; {@link #of} then decides.
   */
  public static boolean mayBeHeader(List<String> row) {
    for (int i = 0; i < Math.min(row.size(), 6); i++) {
      if (List.of(MAJOR).contains(Names.column(row.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /** The index in {@code header} of the first of {@code names} it holds, or -1. */
  public static int first(List<String> header, String... names) {
    for (String n : names) {
      int i = header.indexOf(n);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** "mps-borough-table", as inspect names the kind. */
  public String kind() {
    return "mps-" + level.id() + "-table";
  }
}
