package saferstats.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the site of an LSOA (lookup only; never iterated, so hash order cannot leak out). */
final class SitesByLsoa {
  private final Map<String, Site> byCode = new HashMap<>();

  SitesByLsoa(List<Site> sites) {
    for (Site s : sites) {
      byCode.put(s.lsoa().code(), s);
    }
  }

  Site site(Lsoa lsoa) {
    Site s = byCode.get(lsoa.code());
    if (s == null) {
      throw new IllegalArgumentException("no site for " + lsoa.code());
    }
    return s;
  }
}
