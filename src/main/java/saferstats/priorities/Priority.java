package saferstats.priorities;

import java.util.List;
import saferstats.model.InputKind;

/** A partnership priority: its name, its group and how each input kind measures it. */
public record Priority(String name, String group, List<Mapping> mappings) {
  public List<Mapping> mappingsFor(InputKind kind) {
    return mappings.stream().filter(m -> m.input() == kind).toList();
  }
}
