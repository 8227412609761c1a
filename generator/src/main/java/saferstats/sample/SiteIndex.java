package saferstats.sample;

import java.util.List;

/** Draws an LSOA for a crime type, then a place in it: the spatial half of the generator. */
final class SiteIndex {
  private final List<Site> sites;
  private final double[][] cumulativeByGroup;

  /** Sites with an extra per-site multiplier (a borough's crime weight in the benchmark). */
  SiteIndex(List<Site> sites, double[] multipliers) {
    this.sites = List.copyOf(sites);
    LocationGroup[] groups = LocationGroup.values();
    this.cumulativeByGroup = new double[groups.length][];
    for (LocationGroup g : groups) {
      double[] w = new double[sites.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = g.weight(sites.get(i)) * multipliers[i];
      }
      cumulativeByGroup[g.ordinal()] = Rng.cumulative(w);
    }
  }

  static SiteIndex unweighted(List<Site> sites) {
    double[] ones = new double[sites.size()];
    java.util.Arrays.fill(ones, 1.0);
    return new SiteIndex(sites, ones);
  }

  List<Site> sites() {
    return sites;
  }

  Site site(Rng rng, CrimeType type) {
    return sites.get(rng.pick(cumulativeByGroup[type.group().ordinal()]));
  }

  /** A place for the crime: a matching point of interest if drawn and present, else a street. */
  static Place place(Rng rng, Site site, CrimeType type) {
    if (!type.pois().isEmpty() && rng.chance(type.poiChance())) {
      Place poi = site.poi(rng, type.pois());
      if (poi != null) {
        return poi;
      }
    }
    return site.street(rng);
  }
}
