package saferstats.load;

import java.util.List;
import java.util.Optional;
import saferstats.ingest.result.Selection;
import saferstats.model.InputKind;
import saferstats.model.RecordRow;

/** Local record extracts (an ASB log, a council case system) loaded as the area's own rows. */
public record RecordsArea(
    Selection selection, AreaContext context, List<RecordRow> rows, Inputs inputs)
    implements LoadedArea {
  @Override
  public InputKind kind() {
    return InputKind.RECORDS;
  }

  @Override
  public Optional<RecordsArea> beside() {
    return Optional.empty();
  }

  @Override
  public Optional<List<RecordRow>> ownRecords() {
    return Optional.of(rows);
  }

  /** A set with no mapping for local records falls back to each category as published. */
  @Override
  public String defaultPreset() {
    return "police-uk";
  }

  @Override
  public boolean categoriesWhenUnmapped() {
    return true;
  }
}
