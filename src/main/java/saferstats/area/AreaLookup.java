package saferstats.area;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ONS LSOA → electoral ward → local authority best-fit lookup ({@code --lookup}): it names
 * every LSOA of an area, including those with no crime, and the ward each LSOA is in.
 */
public final class AreaLookup {
  /** One LSOA and the ward and local authority it falls in. */
  public record Entry(
      String lsoaCode,
      String lsoaName,
      String wardCode,
      String wardName,
      String ladCode,
      String ladName) {}

  private final String file;
  private final Map<String, Entry> byLsoa;

  /** The lookup read from {@code file}, its LSOAs by code in lookup order. */
  public AreaLookup(String file, Map<String, Entry> byLsoa) {
    this.file = file;
    this.byLsoa = byLsoa;
  }

  public String file() {
    return file;
  }

  /** Every LSOA of the lookup, one entry each, in lookup order. */
  public Collection<Entry> entries() {
    return byLsoa.values();
  }

  public Optional<Entry> lsoa(String code) {
    return Optional.ofNullable(byLsoa.get(code));
  }

  /** The local authority named or coded {@code area} (any case), if the lookup has it. */
  public Optional<String> authorityName(String area) {
    String a = area.strip();
    return byLsoa.values().stream()
        .filter(e -> e.ladCode().equalsIgnoreCase(a) || e.ladName().equalsIgnoreCase(a))
        .map(Entry::ladName)
        .findFirst();
  }

  /** Every LSOA of the ward coded {@code wardCode}. */
  public List<Entry> lsoasOfWard(String wardCode) {
    return byLsoa.values().stream().filter(e -> e.wardCode().equals(wardCode)).toList();
  }

  /** Every LSOA of the local authority named {@code ladName}, in lookup order. */
  public List<Entry> lsoasOf(String ladName) {
    return byLsoa.values().stream().filter(e -> e.ladName().equalsIgnoreCase(ladName)).toList();
  }
}
