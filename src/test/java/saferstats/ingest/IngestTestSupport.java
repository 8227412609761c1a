package saferstats.ingest;

import java.util.List;

/** Reads inputs as the commands do, for tests. */
final class IngestTestSupport {
  private IngestTestSupport() {}

  static IngestResult read(Selection selection, String... inputs) {
    return new Ingest(new ReadOptions(selection, false, false), 2)
        .read(InputResolver.inputs(List.of(inputs)), n -> {});
  }
}
