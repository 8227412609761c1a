package saferstats.cli;

import java.util.Optional;
import saferstats.analysis.AreaContext;
import saferstats.analysis.AreaResolver;
import saferstats.analysis.MpsAreaResolver;
import saferstats.analysis.Notes;
import saferstats.ingest.IngestResult;
import saferstats.ingest.Selection;
import saferstats.model.Month;
import saferstats.model.UserError;
import saferstats.priorities.InputKind;

/**
 * Picks the data an area's figures come from: police.uk street rows when the inputs have any, else
 * MPS tables.
 */
record Areas(AreaContext area, InputKind kind, Notes.Source source) {
  static Areas resolve(IngestResult ingest, Selection selection, Month end) {
    boolean police = !ingest.coverage().isEmpty();
    if (!police && !ingest.mps().isEmpty()) {
      if (!(selection instanceof Selection.Area a)) {
        throw UserError.notCovered(
            "--force needs police.uk street files; these inputs are MPS tables",
            "use --area with a borough name or a ward code");
      }
      return new Areas(
          MpsAreaResolver.resolve(ingest.mps(), a.name(), Optional.ofNullable(end)),
          InputKind.MPS,
          Notes.Source.MPS_TABLES);
    }
    AreaContext area = AreaResolver.resolve(ingest, selection, Optional.ofNullable(end));
    Notes.Source source =
        selection instanceof Selection.Force ? Notes.Source.FORCE : Notes.Source.AREA;
    return new Areas(area, InputKind.POLICE_UK, source);
  }
}
