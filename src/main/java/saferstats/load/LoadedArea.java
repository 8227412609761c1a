package saferstats.load;

import java.util.List;
import java.util.Optional;
import saferstats.ingest.result.Selection;
import saferstats.model.InputKind;
import saferstats.model.PoliceRow;
import saferstats.model.RecordRow;
import saferstats.mps.MpsData;

/**
 * An area as loaded from one kind of source, with its typed table, coverage, end month and windows
 * (in {@link #context()}), and what the inputs held beside it ({@link #inputs()}). The kind of
 * source is answered here, once: later stages ask for what the area has ({@link #outcomes()},
 * {@link #mpsTables()}, {@link #ownRecords()}), never switch on its kind nor probe the table for
 * columns. {@link #kind()} names the categories' vocabulary, which priority mappings are read by.
 */
public sealed interface LoadedArea permits StreetArea, MpsArea, RecordsArea {
  /** The kind of input the area's figures come from. */
  InputKind kind();

  /** What was asked for: an area, or a whole force. */
  Selection selection();

  /** The area's table, coverage, end month, windows and comparator counts. */
  AreaContext context();

  /** What the inputs held as a whole: file ledgers, duplicates, coverage, notes. */
  Inputs inputs();

  /** Local record extracts given beside the main source, windowed to the same end month. */
  Optional<RecordsArea> beside();

  /** The selected rows of police.uk outcomes files, when the figures are police.uk street rows. */
  default Optional<List<PoliceRow>> outcomes() {
    return Optional.empty();
  }

  /** The MPS tables, when the figures come from them. */
  default Optional<MpsData> mpsTables() {
    return Optional.empty();
  }

  /** Every local record, when the figures are the records themselves (not records beside). */
  default Optional<List<RecordRow>> ownRecords() {
    return Optional.empty();
  }

  /**
   * The area's categories by the kind of input whose vocabulary names them, {@link #kind()} first:
   * priority mappings of each kind are read against its own.
   */
  default java.util.Map<InputKind, java.util.Set<String>> categoriesByKind() {
    return java.util.Map.of(kind(), context().categories());
  }

  /**
   * Positive outcomes by category and month, where a source publishes them as counts of their own
   * (the MPS Monthly Crime Dashboard): never a monthly rate of the offences.
   */
  default Optional<MonthlyCounts> positiveOutcomes() {
    return Optional.empty();
  }

  /** What a reader should know about the area's sources beyond each kind's own notes. */
  default List<String> sourceNotes() {
    return List.of();
  }

  /** The priority set used when none is asked for. */
  String defaultPreset();

  /**
   * Whether a priority set that maps nothing for this kind of input gives the categories as
   * published instead (local extracts, whose categories are the council's own), rather than listing
   * every priority as not measurable.
   */
  default boolean categoriesWhenUnmapped() {
    return false;
  }

  /** How sentences name the comparator: the area's force, or London for MPS tables. */
  default String comparatorWord() {
    return "the force";
  }

  /** Whether the figures cover every row a force published rather than one area's. */
  default boolean wholeForce() {
    return selection() instanceof Selection.Force;
  }
}
