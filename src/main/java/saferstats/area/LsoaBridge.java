package saferstats.area;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ONS LSOA 2011 ↔ 2021 lookup ({@code LSOA11CD,LSOA21CD}, any other columns ignored), to join
 * codes of one vintage to tables in the other (SPEC 1.6).
 */
public final class LsoaBridge {
  private final Map<String, Set<String>> other = new HashMap<>();

  /** Links two codes, each the other's counterpart, as a lookup row does. */
  public void link(String a, String b) {
    other.computeIfAbsent(key(a), k -> new LinkedHashSet<>()).add(b.strip());
    other.computeIfAbsent(key(b), k -> new LinkedHashSet<>()).add(a.strip());
  }

  private static String key(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * The codes of the other vintage this code maps to (several when an LSOA was split or merged).
   */
  public Set<String> counterparts(String code) {
    return other.getOrDefault(key(code), Set.of());
  }
}
