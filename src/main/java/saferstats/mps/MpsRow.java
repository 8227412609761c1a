package saferstats.mps;

import java.util.List;
import saferstats.model.Month;

/**
 * One row of an MPS table: an area and a category with its monthly counts (null where a cell was
 * blank). {@code category} is the canonical "Major/Minor" text.
 */
public record MpsRow(
    MpsLayout.Level level,
    String areaCode,
    String areaName,
    String borough,
    String category,
    List<Month> months,
    Long[] counts) {

  /** The row with its borough written {@code spelling}; a borough table's area is its borough. */
  public MpsRow withBorough(String spelling) {
    if (spelling.equals(borough)) {
      return this;
    }
    boolean byBorough = level == MpsLayout.Level.BOROUGH;
    return new MpsRow(
        level,
        byBorough ? spelling : areaCode,
        byBorough ? spelling : areaName,
        spelling,
        category,
        months,
        counts);
  }

  /** The row with the area code and borough its table's other rows supplied for blanks. */
  public MpsRow placed(String code, String inBorough) {
    if (code.equals(areaCode) && inBorough.equals(borough)) {
      return this;
    }
    return new MpsRow(level, code, areaName, inBorough, category, months, counts);
  }
}
