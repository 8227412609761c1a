package saferstats.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The natural key of each list's items, so CSV names an item by what it is (a month, a priority, an
 * LSOA code), never by its position. A list tries its candidates in order and takes the first that
 * is present in every item and unique among them; composite keys are joined with {@code /}.
 */
final class NaturalKeys {
  private static final List<List<String>> FALLBACK =
      List.of(List.of("name"), List.of("code"), List.of("path"), List.of("month"));

  /** By the JSON field that holds the list. */
  private static final Map<String, List<List<String>>> BY_FIELD =
      Map.ofEntries(
          Map.entry("priorities", List.of(List.of("name"), List.of("name", "source"))),
          Map.entry("unmeasurable", List.of(List.of("name"))),
          Map.entry("inputs", List.of(List.of("path"))),
          Map.entry("monthly", List.of(List.of("month"))),
          Map.entry("signals", List.of(List.of("rule"))),
          Map.entry("shares", List.of(List.of("group"))),
          Map.entry("lsoas", List.of(List.of("code"))),
          Map.entry("wards", List.of(List.of("code"), List.of("code", "name"))),
          Map.entry("streets", List.of(List.of("code", "name"))),
          Map.entry("persistent", List.of(List.of("code"))),
          Map.entry("windows", List.of(List.of("to"))),
          Map.entry("cells", List.of(List.of("row", "col"))),
          Map.entry("rejections", List.of(List.of("line"), List.of("line", "reason"))),
          Map.entry("forces", List.of(List.of("force"))),
          Map.entry("duplicatePartitions", List.of(List.of("kind", "reportedBy", "month"))),
          Map.entry("tables", List.of(List.of("path"))),
          Map.entry("sources", List.of(List.of("area"))),
          Map.entry("runs", List.of(List.of("from"))),
          Map.entry("phases", List.of(List.of("from"))),
          Map.entry("abruptMonths", List.of(List.of("month"))),
          Map.entry("knownBreaks", List.of(List.of("from"), List.of("from", "description"))),
          Map.entry("presets", List.of(List.of("name"))),
          Map.entry("lsoaChecks", List.of(List.of("against"))),
          Map.entry("codes", List.of(List.of("code"))),
          Map.entry("categories", List.of(List.of("name"), List.of("category"))),
          Map.entry(
              "mappings",
              List.of(List.of("priority", "input", "category"), List.of("priority", "input"))));

  private NaturalKeys() {}

  /**
   * Each item's key, in the list's order.
   *
   * @throws IllegalStateException when no candidate is unique: a list this class must learn
   */
  static List<String> of(String path, String field, List<JsonNode> items) {
    for (List<String> fields : BY_FIELD.getOrDefault(field, FALLBACK)) {
      List<String> keys = items.stream().map(i -> key(i, fields)).toList();
      Set<String> seen = new HashSet<>();
      if (keys.stream().allMatch(k -> k != null && seen.add(k))) {
        return keys;
      }
    }
    throw new IllegalStateException("no natural key for the items of " + path);
  }

  private static String key(JsonNode item, List<String> fields) {
    if (fields.stream().anyMatch(f -> !item.hasNonNull(f) || item.get(f).isContainerNode())) {
      return null;
    }
    return fields.stream().map(f -> item.get(f).asText()).collect(Collectors.joining("/"));
  }
}
