package saferstats.model;

import java.util.List;

/**
 * The header of a priority-set file, in one place: {@code priorities} reads the file, {@code
 * ingest} recognises one left in an input folder.
 */
public final class PriorityColumns {
  public static final List<String> HEADER =
      List.of("priority", "group", "input", "category", "match", "note");

  private PriorityColumns() {}
}
