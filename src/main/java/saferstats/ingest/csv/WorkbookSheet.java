package saferstats.ingest.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import saferstats.model.UserError;

/**
 * One sheet of an Excel workbook ({@code .xlsx}: the MPS dashboard's published workbook, a
 * council's ASB log) as the CSV text every reader takes, so a workbook is read wherever a CSV is
 * (SPEC 1.4b, 1.5). Rows are streamed from the sheet; dates come out as ISO dates, whole numbers
 * without a decimal point, and blank rows are dropped as in a CSV.
 */
public final class WorkbookSheet {
  private WorkbookSheet() {}

  /** A sheet of a workbook: its name and its first row that is not blank (a table's header). */
  public record Header(String sheet, List<String> fields) {}

  /** The sheet {@code sheet} (null: the first) of the workbook in {@code in}, as CSV bytes. */
  public static InputStream asCsv(InputStream in, String name, String sheet) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      Optional<Sheet> chosen =
          sheet == null ? Optional.of(wb.getFirstSheet()) : wb.findSheet(sheet);
      if (chosen.isEmpty()) {
        throw UserError.input(
            name + ": no sheet '" + sheet + "'",
            "the workbook's sheets are "
                + String.join(", ", wb.getSheets().map(Sheet::getName).toList()));
      }
      StringWriter text = new StringWriter();
      try (CSVPrinter out = new CSVPrinter(text, CSVFormat.DEFAULT);
          Stream<Row> rows = chosen.get().openStream()) {
        for (Row row : (Iterable<Row>) rows::iterator) {
          List<String> fields = fields(row);
          if (fields.stream().anyMatch(f -> !f.isBlank())) {
            out.printRecord(fields);
          }
        }
      }
      return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (org.dhatim.fastexcel.reader.ExcelReaderException e) {
      throw unreadable(name, e);
    }
  }

  /**
   * Each sheet of the workbook {@code file} in order, with its header: what choosing a sheet reads
   * ({@link SheetChoice}). Only the sheets' first rows are read, from the file in place.
   */
  public static List<Header> headers(Path file, String name) {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      List<Header> headers = new ArrayList<>();
      for (Sheet sheet : wb.getSheets().toList()) {
        List<String> first = List.of();
        try (Stream<Row> rows = sheet.openStream()) {
          Iterator<Row> it = rows.iterator();
          while (it.hasNext() && first.stream().allMatch(String::isBlank)) {
            first = fields(it.next());
          }
        }
        headers.add(new Header(sheet.getName(), first));
      }
      return headers;
    } catch (IOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
      // Not a zip (a CSV renamed .xlsx, a download cut short), or not a workbook inside.
      throw unreadable(name, e);
    }
  }

  private static UserError unreadable(String name, Exception e) {
    return UserError.input(
        name + " is not a readable Excel workbook (" + e.getMessage() + ")",
        "save it again from Excel as .xlsx, or as CSV UTF-8");
  }

  private static List<String> fields(Row row) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      out.add(text(row.getCell(i)));
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static String text(Cell c) {
    if (c == null || c.getType() == CellType.EMPTY) {
      return "";
    }
    if (c.getType() == CellType.NUMBER) {
      if (isDate(c)) {
        LocalDateTime d = c.asDate();
        return d.toLocalTime().toSecondOfDay() == 0 ? d.toLocalDate().toString() : d.toString();
      }
      BigDecimal n = c.asNumber().stripTrailingZeros();
      return n.scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
    }
    return c.getText() == null ? "" : c.getText();
  }

  /** Excel stores a date as a number with a date format: y, d and m (not in [h]:mm) mark one. */
  private static boolean isDate(Cell c) {
    String f = c.getDataFormatString();
    if (f == null) {
      Integer id = c.getDataFormatId();
      return id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47));
    }
    String plain = f.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
    return plain.contains("y") || plain.contains("d");
  }
}
