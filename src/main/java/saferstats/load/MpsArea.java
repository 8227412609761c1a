package saferstats.load;

import java.util.Optional;
import saferstats.ingest.result.Selection;
import saferstats.model.InputKind;
import saferstats.mps.MpsData;

/** A borough or ward loaded from MPS London Datastore tables, with its per-release spans. */
public record MpsArea(
    Selection selection, AreaContext context, Optional<RecordsArea> beside, Inputs inputs)
    implements LoadedArea {
  @Override
  public InputKind kind() {
    return InputKind.MPS;
  }

  @Override
  public Optional<MpsData> mpsTables() {
    return Optional.of(inputs.mps());
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
