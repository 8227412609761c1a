package saferstats.ingest;

import java.util.List;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;

/** Reads inputs as the commands do, for tests. */
final class IngestTestSupport {
  private IngestTestSupport() {}

  static IngestResult read(Selection selection, String... inputs) {
    return new Ingest(new ReadOptions(selection, false, false), 2)
        .read(InputResolver.inputs(List.of(inputs)), n -> {});
  }
}
