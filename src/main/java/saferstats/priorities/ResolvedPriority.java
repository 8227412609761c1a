package saferstats.priorities;

import java.util.List;
import java.util.Set;

/**
 * A priority read against the inputs at hand: the source categories present that it takes, or, when
 * the inputs cannot measure it, what would.
 */
public record ResolvedPriority(
    String name,
    String group,
    boolean measurable,
    boolean approximate,
    String note,
    Set<String> categories,
    String needs) {

  /** The notes of the approximate mappings used, as one sentence list. */
  static String join(List<String> notes) {
    return notes.isEmpty() ? null : String.join("; ", notes.stream().distinct().toList());
  }
}
