package saferstats.load;

import java.util.Optional;
import saferstats.ingest.IngestResult;
import saferstats.ingest.result.Selection;
import saferstats.model.Month;
import saferstats.model.UserError;

/**
 * Turns what ingest read into one {@link LoadedArea}: police.uk street rows when the inputs have
 * any, else MPS tables, else local record extracts; records given beside either are loaded too.
 */
public final class Loader {
  private Loader() {}

  public static LoadedArea load(IngestResult ingest, Selection selection, Optional<Month> end) {
    boolean street = !ingest.coverage().isEmpty();
    Inputs inputs = new Inputs(ingest);
    if (!street && ingest.mps().isEmpty() && !ingest.records().isEmpty()) {
      RecordsArea r = records(ingest, selection, end, inputs);
      StreetLoader.checkEnd(r.context().end(), r.context().coverage());
      return r;
    }
    if (!street
        && ingest.mps().isEmpty()
        && ingest.dashboard() != null
        && !ingest.dashboard().isEmpty()
        && selection instanceof Selection.Area a) {
      // The MPS Monthly Crime Dashboard without the tables (SPEC 1.4b).
      AreaContext d = DashboardJoin.alone(ingest.dashboard(), a.name(), end);
      return new MpsArea(
          selection,
          d,
          beside(ingest, selection, d, inputs),
          inputs,
          DashboardJoin.of(ingest.dashboard(), java.util.Set.of(a.name()), a.name())
              .map(j -> j.positiveOutcomes(d))
              .orElse(null));
    }
    if (!street && !ingest.mps().isEmpty()) {
      if (!(selection instanceof Selection.Area a)) {
        throw UserError.notCovered(
            "--force needs police.uk street files; these inputs are MPS tables",
            "use --area with a borough name or a ward code");
      }
      AreaContext mps = MpsLoader.resolve(ingest.mps(), ingest.dashboard(), a.name(), end);
      return new MpsArea(
          selection,
          mps,
          beside(ingest, selection, mps, inputs),
          inputs,
          MpsLoader.positiveOutcomes(ingest.mps(), ingest.dashboard(), a.name(), mps));
    }
    AreaContext area = StreetLoader.resolve(ingest, selection, end);
    return new StreetArea(selection, area, beside(ingest, selection, area, inputs), inputs);
  }

  /** Records beside police figures use their end month, so the two compare like for like. */
  private static Optional<RecordsArea> beside(
      IngestResult ingest, Selection selection, AreaContext main, Inputs inputs) {
    return ingest.records().isEmpty()
        ? Optional.empty()
        : Optional.of(records(ingest, selection, Optional.of(main.end()), inputs));
  }

  private static RecordsArea records(
      IngestResult ingest, Selection selection, Optional<Month> end, Inputs inputs) {
    return new RecordsArea(
        selection,
        RecordsTable.of(selection.name(), ingest.records(), end),
        ingest.records(),
        inputs);
  }
}
