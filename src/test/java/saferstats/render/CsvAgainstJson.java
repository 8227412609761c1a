package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a figure-table CSV back against the JSON of the same run, without the flattener's code:
 * every CSV row must name a JSON leaf by its path and carry its value, and every JSON leaf must be
 * named by some row. A list item is found by any of its own field values (or two of them joined
 * with "/"), so a key that is a position would find nothing.
 */
final class CsvAgainstJson {
  /** CSV values by the JSON leaf they name, the leaf written with its list positions. */
  private final Map<String, List<String>> seen = new HashMap<>();

  private int leaves;

  private CsvAgainstJson() {}

  static void check(String json, String csv) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    CsvAgainstJson c = new CsvAgainstJson();
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(records).isNotEmpty();
    for (CSVRecord r : records) {
      List<String> path = new ArrayList<>();
      if (!r.get("section").isEmpty()) {
        path.addAll(List.of(r.get("section").split("\\.")));
        path.add("\u0000" + r.get("key"));
      }
      path.addAll(segments(r.get("figure")));
      String leaf = c.find(root, path, r.toString());
      c.seen.computeIfAbsent(leaf, k -> new ArrayList<>()).add(r.get("value"));
    }
    c.everyLeafSeenOnce(root, "");
    assertThat(c.seen).as("CSV rows naming no JSON leaf").hasSize(c.leaves);
  }

  /** Figure segments; a bracketed segment is one key even with dots in it. */
  private static List<String> segments(String figure) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < figure.length(); ) {
      if (figure.charAt(i) == '[') {
        int end = figure.indexOf(']', i);
        out.add("\u0000" + figure.substring(i + 1, end));
        i = end + 2;
      } else {
        int end = figure.indexOf('.', i);
        end = end < 0 ? figure.length() : end;
        out.add(figure.substring(i, end));
        i = end + 1;
      }
    }
    return out;
  }

  private String find(JsonNode node, List<String> path, String row) {
    JsonNode at = node;
    StringBuilder where = new StringBuilder();
    for (String s : path) {
      String name = s.startsWith("\u0000") ? s.substring(1) : s;
      if (at.isArray()) {
        int i = item(at, name, row);
        where.append('[').append(i).append(']');
        at = at.get(i);
      } else {
        assertThat(at.has(name)).as("no field %s for %s", name, row).isTrue();
        where.append('.').append(name);
        at = at.get(name);
      }
    }
    assertThat(at.isObject() || (at.isArray() && hasObjects(at)))
        .as("not a leaf: %s", row)
        .isFalse();
    return where.toString();
  }

  /**
   * The one item whose key is {@code key}: its value of a field, or of two fields joined with "/",
   * taking only fields (and pairs) whose values are unique over the list.
   */
  private int item(JsonNode array, String key, String row) {
    Set<Integer> hits = index.computeIfAbsent(array, CsvAgainstJson::index).get(key);
    assertThat(hits).as("one item keyed %s for %s", key, row).isNotNull().hasSize(1);
    return hits.iterator().next();
  }

  /** Each list's keys, worked out once: a lookup per row would be quadratic. */
  private final Map<JsonNode, Map<String, Set<Integer>>> index = new IdentityHashMap<>();

  private static Map<String, Set<Integer>> index(JsonNode array) {
    List<List<String>> items = new ArrayList<>();
    array.forEach(i -> items.add(keys(i)));
    Map<String, Set<Integer>> index = new HashMap<>();
    for (int k = 0; k < items.get(0).size(); k++) {
      int field = k;
      List<String> column = items.stream().map(i -> i.get(field)).toList();
      if (column.stream().distinct().count() == column.size()) {
        for (int i = 0; i < column.size(); i++) {
          index.computeIfAbsent(column.get(i), x -> new TreeSet<>()).add(i);
        }
      }
    }
    return index;
  }

  /**
   * Every field's value text, then those of two or three fields in their JSON order, "/"-joined.
   */
  private static List<String> keys(JsonNode item) {
    List<String> v = new ArrayList<>();
    item.properties()
        .forEach(e -> v.add(e.getValue().isValueNode() ? e.getValue().asText() : "\u0001"));
    List<String> all = new ArrayList<>(v);
    for (int a = 0; a < v.size(); a++) {
      for (int b = a + 1; b < v.size(); b++) {
        all.add(v.get(a) + "/" + v.get(b));
        for (int c = b + 1; c < v.size(); c++) {
          all.add(v.get(a) + "/" + v.get(b) + "/" + v.get(c));
        }
      }
    }
    return all;
  }

  private void everyLeafSeenOnce(JsonNode node, String path) {
    if (node.isObject()) {
      node.properties().forEach(e -> everyLeafSeenOnce(e.getValue(), path + "." + e.getKey()));
    } else if (node.isArray() && hasObjects(node)) {
      for (int i = 0; i < node.size(); i++) {
        everyLeafSeenOnce(node.get(i), path + "[" + i + "]");
      }
    } else if (!(node.isArray() && node.isEmpty())) {
      // An empty list has no figure, so no row.
      leaves++;
      List<String> values = seen.get(path);
      assertThat(values).as("JSON leaf %s is in no CSV row", path).isNotNull();
      assertThat(values).as(path).containsExactlyElementsOf(expected(node));
    }
  }

  private static List<String> expected(JsonNode leaf) {
    List<String> out = new ArrayList<>();
    if (leaf.isArray()) {
      leaf.forEach(v -> out.add(text(v)));
    } else {
      out.add(text(leaf));
    }
    return out;
  }

  /** JSON's own number text, as a plain decimal: 3.1E-22 must arrive as 0.00…031. */
  private static String text(JsonNode v) {
    if (v.isNull()) {
      return "";
    }
    if (v.isNumber()) {
      return new BigDecimal(v.toString()).toPlainString();
    }
    return v.asText();
  }

  private static boolean hasObjects(JsonNode array) {
    for (JsonNode n : array) {
      if (n.isObject()) {
        return true;
      }
    }
    return false;
  }
}
