package saferstats.ingest.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import saferstats.model.SourceKind;
import saferstats.model.UserError;

/**
 * Which sheets of an Excel workbook are read (SPEC 1.5): the one {@code --sheet} names, by name or
 * by number from 1; without it, a workbook's only sheet, else the one sheet whose header saferstats
 * recognises (a column map's columns count, for a council's ASB log). The MPS dashboard's workbook
 * splits one table over its data sheets, so several dashboard sheets are all read. Anything else is
 * refused rather than guessed: the first sheet of a workbook is as often a cover note as the data.
 *
 * @param sheet the {@code --sheet} given, or null
 * @param maps the column maps that make a sheet a local record extract
 */
public record SheetChoice(String sheet, List<ColumnMap> maps) {
  /** No {@code --sheet} and no column map. */
  public static final SheetChoice NONE_GIVEN = new SheetChoice(null, List.of());

  /**
   * The sheets to read, in the workbook's order, and a note when a sheet was chosen from several.
   *
   * @param named whether the inputs are named by their sheet ({@code book.xlsx!Sheet}): so for
   *     every workbook but one of a single sheet read without {@code --sheet}, which keeps its name
   */
  public record Chosen(List<String> sheets, boolean named, Optional<String> note) {}

  /** The sheets of the workbook {@code name}, whose sheets and headers are {@code headers}. */
  public Chosen of(String name, List<WorkbookSheet.Header> headers) {
    if (sheet != null) {
      return new Chosen(List.of(named(name, headers)), true, Optional.empty());
    }
    if (headers.size() == 1) {
      return new Chosen(List.of(headers.get(0).sheet()), false, Optional.empty());
    }
    List<WorkbookSheet.Header> known = new ArrayList<>();
    List<SourceKind> kinds = new ArrayList<>();
    for (WorkbookSheet.Header h : headers) {
      Optional<SourceKind> kind = CsvInput.kindOf(h.fields(), maps);
      if (kind.isPresent()) {
        known.add(h);
        kinds.add(kind.get());
      }
    }
    boolean oneTable =
        known.size() == 1
            || (known.size() > 1 && kinds.stream().allMatch(k -> k == SourceKind.MPS_DASHBOARD));
    if (!oneTable) {
      throw refused(name, headers, known);
    }
    List<String> read = known.stream().map(WorkbookSheet.Header::sheet).toList();
    List<String> left =
        headers.stream().map(WorkbookSheet.Header::sheet).filter(s -> !read.contains(s)).toList();
    return new Chosen(
        read,
        true,
        Optional.of(
            name
                + ": read "
                + (read.size() == 1 ? "sheet " : "sheets ")
                + quoted(read)
                + ", recognised by header, of its "
                + headers.size()
                + " sheets"
                + (left.isEmpty()
                    ? ""
                    : " (not read: " + quoted(left) + "); --sheet NAME reads another")));
  }

  /**
   * The sheet {@code --sheet} names: its exact name, else its name in any case, else its number.
   */
  private String named(String name, List<WorkbookSheet.Header> headers) {
    for (WorkbookSheet.Header h : headers) {
      if (h.sheet().equals(sheet)) {
        return h.sheet();
      }
    }
    for (WorkbookSheet.Header h : headers) {
      if (h.sheet().toLowerCase(Locale.ROOT).equals(sheet.strip().toLowerCase(Locale.ROOT))) {
        return h.sheet();
      }
    }
    if (sheet.strip().matches("\\d{1,9}")) {
      int n = Integer.parseInt(sheet.strip());
      if (n >= 1 && n <= headers.size()) {
        return headers.get(n - 1).sheet();
      }
    }
    throw UserError.input(
        name + " has no sheet '" + sheet + "' (its sheets: " + listed(headers) + ")",
        "give --sheet one of those names, or a number from 1 to " + headers.size());
  }

  private static UserError refused(
      String name, List<WorkbookSheet.Header> headers, List<WorkbookSheet.Header> known) {
    String why =
        known.isEmpty()
            ? "none has a header saferstats recognises"
            : "more than one has a header saferstats recognises ("
                + quoted(known.stream().map(WorkbookSheet.Header::sheet).toList())
                + ")";
    return UserError.input(
        name + " has " + headers.size() + " sheets (" + listed(headers) + ") and " + why,
        "name the one to read with --sheet NAME or NUMBER"
            + (known.isEmpty()
                ? " (for a local record extract, also say which columns hold what with --columns)"
                : ""));
  }

  /** "1 'Notes', 2 'ASB log'". */
  private static String listed(List<WorkbookSheet.Header> headers) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      out.add((i + 1) + " '" + headers.get(i).sheet() + "'");
    }
    return String.join(", ", out);
  }

  private static String quoted(List<String> sheets) {
    return String.join(", ", sheets.stream().map(s -> "'" + s + "'").toList());
  }
}
