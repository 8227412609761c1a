package saferstats.load;

import java.util.Optional;
import saferstats.ingest.result.Selection;
import saferstats.model.InputKind;

/** A borough or ward loaded from MPS London Datastore tables, with its per-release spans. */
public record MpsArea(Selection selection, AreaContext context, Optional<RecordsArea> beside)
    implements LoadedArea {
  @Override
  public InputKind kind() {
    return InputKind.MPS;
  }

  /** MPS categories are not police.uk's: without a set, each is reported as published. */
  @Override
  public String defaultPreset() {
    return "source";
  }

  @Override
  public String comparatorWord() {
    return "London";
  }
}
