package saferstats.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook a test writes (fastexcel, the reader's sister library): sheets in order, each a
 * list of rows of cells; a {@link LocalDate} becomes a date cell shown {@code dd/mm/yyyy}, as Excel
 * saves a UK date, a number a number cell, anything else text.
 */
public final class TestWorkbook {
  private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

  /** Adds a sheet named {@code name} holding {@code rows}. */
  public TestWorkbook sheet(String name, List<List<Object>> rows) {
    sheets.put(name, rows);
    return this;
  }

  /** Writes the workbook to {@code file} and returns it. */
  public Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
        Worksheet ws = wb.newWorksheet(sheet.getKey());
        List<List<Object>> rows = sheet.getValue();
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            Object v = rows.get(r).get(c);
            if (v instanceof LocalDate d) {
              ws.value(r, c, d);
              ws.style(r, c).format("dd/mm/yyyy").set();
            } else if (v instanceof Number n) {
              ws.value(r, c, n);
            } else {
              ws.value(r, c, String.valueOf(v));
            }
          }
        }
      }
      wb.finish();
    }
    return file;
  }
}
