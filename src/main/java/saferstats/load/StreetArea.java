package saferstats.load;

import java.util.Optional;
import saferstats.ingest.result.Selection;
import saferstats.model.InputKind;

/** An area (or force) loaded from police.uk street files. */
public record StreetArea(Selection selection, AreaContext context, Optional<RecordsArea> beside)
    implements LoadedArea {
  @Override
  public InputKind kind() {
    return InputKind.POLICE_UK;
  }

  @Override
  public String defaultPreset() {
    return "police-uk";
  }
}
