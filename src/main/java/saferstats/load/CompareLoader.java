package saferstats.load;

import saferstats.ingest.IngestResult;
import saferstats.model.InputKind;
import saferstats.model.UserError;
import saferstats.priorities.PriorityChoice;

/**
 * Turns what ingest read from {@code --compare} into the comparator's totals: another force's
 * police.uk street rows, or MPS tables summed over London.
 */
public final class CompareLoader {
  private CompareLoader() {}

  /**
   * The totals {@code compare} holds for {@code area}; {@code prioritySet} is the area's set, read
   * against the MPS categories when the comparator is London's tables.
   */
  public static CompareInput load(IngestResult compare, AreaContext area, String prioritySet) {
    if (compare.mps() == null || compare.mps().isEmpty()) {
      return CompareInput.of(compare, area.force());
    }
    if (!compare.counts().isEmpty()) {
      throw UserError.usage(
          "the --compare inputs mix police.uk street files and MPS tables",
          "give one kind after --compare: another force's street files, or MPS tables");
    }
    return LondonComparator.of(
        compare.mps(),
        area,
        present -> PriorityChoice.against(prioritySet, InputKind.MPS, present));
  }
}
