package saferstats.geo;

import java.util.List;
import java.util.Map;

/**
 * Outlines read from {@code --boundaries}, keyed by code, all in British National Grid metres:
 * LSOAs, or electoral wards when the file's code column is a ward's (WD22CD, WD24CD as ONS
 * publishes ward boundaries).
 *
 * @param source the file they came from, as given
 * @param byCode every boundary, in file order
 * @param wards true when the codes are ward codes, false for LSOAs
 */
public record Boundaries(String source, Map<String, Boundary> byCode, boolean wards) {
  /** LSOA outlines. */
  public Boundaries(String source, Map<String, Boundary> byCode) {
    this(source, byCode, false);
  }

  /**
   * The boundaries of these codes that the file has, in the order given; codes it lacks are
   * skipped.
   */
  public List<Boundary> of(List<String> codes) {
    return codes.stream().map(byCode::get).filter(b -> b != null).toList();
  }
}
