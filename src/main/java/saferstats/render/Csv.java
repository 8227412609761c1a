package saferstats.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import saferstats.model.UserError;

/**
 * Every command's CSV (RFC 4180), made from the same tree as its JSON: the figure table by default,
 * or one list as a tidy table with {@code --table NAME}.
 */
final class Csv {
  static final String[] FIGURE_HEADER = {"section", "key", "figure", "value"};

  private Csv() {}

  static String figures(Object report) {
    List<Figures.Row> rows = Figures.of(Json.tree(report));
    return print(
        FIGURE_HEADER,
        rows.stream().map(r -> List.of(r.section(), r.key(), r.figure(), r.value())).toList());
  }

  static String table(Object report, String name) {
    ObjectNode tree = Json.tree(report);
    Map<String, Tables.Table> tables = Tables.of(tree);
    String path = TableNames.resolve(name, tables.keySet(), tree.path("command").asText());
    Tables.Table t = tables.get(path);
    List<String> columns = List.copyOf(t.columns());
    return print(
        columns.toArray(String[]::new),
        t.rows().stream()
            .map(r -> columns.stream().map(c -> r.getOrDefault(c, "")).toList())
            .toList());
  }

  private static String print(String[] header, List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The error for a {@code --table} this output has no list for. */
  static UserError noSuchTable(String name, String command, Iterable<String> known) {
    return UserError.usage(
        "the " + command + " output has no list '" + name + "' to print as a table",
        "choose one of: "
            + String.join(", ", known)
            + " (a list that is empty or null for"
            + " these inputs has no table)");
  }
}
