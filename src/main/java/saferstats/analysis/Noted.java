package saferstats.analysis;

import java.util.List;
import java.util.stream.Stream;

/**
 * A figure with the notes its reader needs, returned together so that each step of an analysis
 * hands its notes back as a value and the report gathers them, in order, in one place.
 *
 * @param value the figure, or null when it cannot be computed (the notes then say why)
 */
record Noted<T>(T value, List<String> notes) {
  Noted {
    notes = List.copyOf(notes);
  }

  static <T> Noted<T> of(T value, String... notes) {
    return new Noted<>(value, List.of(notes));
  }

  /** One note when {@code test} holds, else none. */
  static List<String> when(boolean test, String note) {
    return test ? List.of(note) : List.of();
  }

  /** The notes of several steps, in the order given. */
  @SafeVarargs
  static List<String> join(List<String>... parts) {
    return Stream.of(parts).flatMap(List::stream).toList();
  }
}
