package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import saferstats.priorities.Mapping;
import saferstats.priorities.Presets;
import saferstats.priorities.Priority;
import saferstats.priorities.PrioritySet;

/**
 * The result of {@code saferstats categories}: the preset list (when {@code name} is null) or one
 * set's mapping, one row per mapping line.
 */
public record CategoriesReport(
    String command,
    List<Presets.Preset> presets,
    String name,
    String source,
    List<String> notes,
    List<Row> mappings) {

  /** One mapping line of a priority set. */
  public record Row(
      String priority, String group, String input, String category, String match, String note) {}

  public static CategoriesReport list() {
    return new CategoriesReport("categories", Presets.list(), null, null, List.of(), null);
  }

  public static CategoriesReport of(PrioritySet set) {
    List<Row> rows = new ArrayList<>();
    for (Priority p : set.priorities()) {
      for (Mapping m : p.mappings()) {
        rows.add(
            new Row(
                p.name(), p.group(), m.input().id(), m.category(), m.match().toString(), m.note()));
      }
    }
    List<String> notes =
        set.name().equals(Presets.SOURCE)
            ? List.of("The source preset has one priority per source category found in the inputs.")
            : List.of();
    return new CategoriesReport("categories", null, set.name(), set.source(), notes, rows);
  }
}
