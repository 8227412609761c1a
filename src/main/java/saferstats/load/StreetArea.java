package saferstats.load;

import java.util.List;
import java.util.Optional;
import saferstats.ingest.result.Selection;
import saferstats.model.InputKind;
import saferstats.model.PoliceRow;

/** An area (or force) loaded from police.uk street files. */
public record StreetArea(
    Selection selection, AreaContext context, Optional<RecordsArea> beside, Inputs inputs)
    implements LoadedArea {
  @Override
  public InputKind kind() {
    return InputKind.POLICE_UK;
  }

  @Override
  public Optional<List<PoliceRow>> outcomes() {
    return Optional.of(inputs.outcomes());
  }

  @Override
  public String defaultPreset() {
    return "police-uk";
  }
}
