package saferstats.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The one flattening of a report's JSON tree into tidy figure rows: every leaf once, named by its
 * JSON path. The outermost list of objects on a path is the row's {@code section}, its item's
 * natural key the row's {@code key}, and the rest of the path the {@code figure}; lists deeper down
 * are keyed inside the figure name ({@code monthly.2021-07.count}); a list of plain values is one
 * row per value, in order.
 */
final class Figures {
  /** One figure: {@code section} and {@code key} are empty outside any list of objects. */
  record Row(String section, String key, String figure, String value) {}

  private final List<Row> rows = new ArrayList<>();

  private Figures() {}

  static List<Row> of(JsonNode root) {
    Figures f = new Figures();
    f.walk(root, "", "", "");
    return f.rows;
  }

  private void walk(JsonNode node, String section, String key, String figure) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), section, key, join(figure, e.getKey()));
      }
    } else if (node.isArray() && hasObjects(node)) {
      list(node, section, key, figure);
    } else if (node.isArray()) {
      node.forEach(v -> rows.add(new Row(section, key, figure, Leaf.text(v))));
    } else {
      rows.add(new Row(section, key, figure, Leaf.text(node)));
    }
  }

  private void list(JsonNode node, String section, String key, String figure) {
    List<JsonNode> items = StreamSupport.stream(node.spliterator(), false).toList();
    String path = section.isEmpty() ? figure : section + "." + figure;
    List<String> keys = NaturalKeys.of(path, lastSegment(figure), items);
    for (int i = 0; i < items.size(); i++) {
      if (section.isEmpty()) {
        // The first list of objects becomes the section: its keys may hold dots (file paths).
        walk(items.get(i), figure, keys.get(i), "");
      } else {
        walk(items.get(i), section, key, figure + "." + Leaf.segment(keys.get(i)));
      }
    }
  }

  static boolean hasObjects(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).anyMatch(JsonNode::isObject);
  }

  static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }
}
