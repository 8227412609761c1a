package saferstats.geo;

import java.util.List;
import java.util.Map;

/**
 * LSOA outlines read from {@code --boundaries}, keyed by code, all in British National Grid metres.
 *
 * @param source the file they came from, as given
 * @param byCode every boundary, in file order
 */
public record Boundaries(String source, Map<String, Boundary> byCode) {
  /**
   * The boundaries of these codes that the file has, in the order given; codes it lacks are
   * skipped.
   */
  public List<Boundary> of(List<String> codes) {
    return codes.stream().map(byCode::get).filter(b -> b != null).toList();
  }
}
