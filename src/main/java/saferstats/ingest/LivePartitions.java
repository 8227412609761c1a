package saferstats.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import saferstats.ingest.result.Partition;
import saferstats.model.DuplicatePartition;
import saferstats.model.ForceNames;
import saferstats.model.PartitionKey;

/**
 * The partitions that stand for each (kind, force, month) once the inputs are merged in order (SPEC
 * 1.3). A later input's partition replaces each earlier one it shares crimes with: a revision of
 * the month, downloaded again. One that shares next to no crime with every earlier one ({@link
 * Partition#partOfMonthWith}) is another part of the month, a month split into files, and is added
 * beside them with a note.
 */
final class LivePartitions {
  private final Map<PartitionKey, List<Partition>> live = new LinkedHashMap<>();
  private final List<DuplicatePartition> duplicates = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final ForceNames names;

  LivePartitions(ForceNames names) {
    this.names = names;
  }

  void add(Partition p) {
    List<Partition> parts = live.computeIfAbsent(p.key(), k -> new ArrayList<>());
    List<Partition> revised = parts.stream().filter(q -> !q.partOfMonthWith(p)).toList();
    if (!parts.isEmpty() && revised.isEmpty()) {
      notes.add(partsNote(parts, p));
    }
    for (Partition q : revised) {
      duplicates.add(
          new DuplicatePartition(
              shown(p.key()), q.source(), p.source(), q.fingerprint().equals(p.fingerprint())));
      parts.removeIf(r -> r == q);
    }
    parts.add(p);
  }

  /** True when {@code p} is one of the partitions that stand (not replaced by a later input). */
  boolean isLive(Partition p) {
    return live.getOrDefault(p.key(), List.of()).stream().anyMatch(q -> q == p);
  }

  List<Partition> survivors() {
    return live.values().stream().flatMap(List::stream).toList();
  }

  List<DuplicatePartition> duplicates() {
    return List.copyOf(duplicates);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  private PartitionKey shown(PartitionKey key) {
    return key.spelled(names.display(key.reportedBy()));
  }

  private String partsNote(List<Partition> earlier, Partition p) {
    List<Partition> all = new ArrayList<>(earlier);
    all.add(p);
    return shown(p.key())
        + " is split over "
        + all.size()
        + " files that share next to no crime (by Crime ID, or the whole row without one): "
        + String.join(
            ", ",
            all.stream()
                .map(q -> String.format(Locale.UK, "%s (%,d rows)", q.source(), q.kept()))
                .toList())
        + "; they are read as parts of one month and added. If they are two downloads of the"
        + " month, give only the later one.";
  }
}
