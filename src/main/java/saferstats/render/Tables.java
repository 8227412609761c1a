package saferstats.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Each list of objects in a report's JSON tree as its own tidy table, named by its JSON path
 * without keys ({@code lsoas}, {@code grid.cells}, {@code inputs.rejections}): one row per item, a
 * column per field (nested objects by their dotted path, lists of plain values joined with {@code
 * ;}), led by the keys of the items it sits in. Lists of objects inside an item are their own
 * tables, not columns.
 */
final class Tables {
  /** One table: its columns in the order first met, and its rows. */
  record Table(Set<String> columns, List<Map<String, String>> rows) {}

  private final Map<String, Table> tables = new LinkedHashMap<>();

  private Tables() {}

  static Map<String, Table> of(JsonNode root) {
    Tables t = new Tables();
    t.walk(root, "", new LinkedHashMap<>());
    return t.tables;
  }

  private void walk(JsonNode node, String path, Map<String, String> parents) {
    if (node.isObject()) {
      node.properties().forEach(e -> walk(e.getValue(), join(path, e.getKey()), parents));
    } else if (node.isArray() && Figures.hasObjects(node)) {
      List<JsonNode> items = StreamSupport.stream(node.spliterator(), false).toList();
      List<String> keys = NaturalKeys.of(path, Figures.lastSegment(path), items);
      Table table =
          tables.computeIfAbsent(path, p -> new Table(new LinkedHashSet<>(), new ArrayList<>()));
      for (int i = 0; i < items.size(); i++) {
        Map<String, String> row = new LinkedHashMap<>(parents);
        cells(items.get(i), "", row);
        table.columns().addAll(row.keySet());
        table.rows().add(row);
        Map<String, String> inner = new LinkedHashMap<>(parents);
        inner.put(path, keys.get(i));
        walk(items.get(i), path, inner);
      }
    }
  }

  private static void cells(JsonNode node, String prefix, Map<String, String> row) {
    if (node.isObject()) {
      node.properties().forEach(e -> cells(e.getValue(), join(prefix, e.getKey()), row));
    } else if (node.isArray() && !Figures.hasObjects(node)) {
      row.put(
          prefix,
          StreamSupport.stream(node.spliterator(), false)
              .map(Leaf::text)
              .collect(Collectors.joining(";")));
    } else if (!node.isArray()) {
      row.put(prefix, Leaf.text(node));
    }
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }
}
