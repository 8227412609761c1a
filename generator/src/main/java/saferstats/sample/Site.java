package saferstats.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/** One LSOA as the generator sees it: a weight, a few streets and some points of interest. */
final class Site {
  private final Lsoa lsoa;
  private final double weight;
  private final List<Place> streets;
  private final double[] streetCumulative;
  private final EnumMap<Poi, Place> pois;

  Site(Lsoa lsoa, double weight, List<Place> streets, EnumMap<Poi, Place> pois) {
    this.lsoa = lsoa;
    this.weight = weight;
    this.streets = List.copyOf(streets);
    this.pois = pois;
    // Zipf-like: the first street is the main road and takes the largest share.
    double[] w = new double[streets.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = 1.0 / StrictMath.pow(i + 1, 1.2);
    }
    this.streetCumulative = Rng.cumulative(w);
  }

  Lsoa lsoa() {
    return lsoa;
  }

  double weight() {
    return weight;
  }

  Place mainStreet() {
    return streets.get(0);
  }

  Place street(Rng rng) {
    return streets.get(rng.pick(streetCumulative));
  }

  /** A street other than {@code not}, or null when the LSOA has only that one place. */
  Place otherPlace(Rng rng, Place not) {
    List<Place> all = new ArrayList<>(streets);
    all.addAll(pois.values());
    all.remove(not);
    return all.isEmpty() ? null : all.get(rng.below(all.size()));
  }

  /** One of the wanted points of interest present here, or null if there is none. */
  Place poi(Rng rng, List<Poi> wanted) {
    List<Place> present = new ArrayList<>(wanted.size());
    for (Poi p : wanted) {
      Place place = pois.get(p);
      if (place != null) {
        present.add(place);
      }
    }
    return present.isEmpty() ? null : present.get(rng.below(present.size()));
  }

  boolean hasRetail() {
    return pois.keySet().stream().anyMatch(Poi::retail);
  }
}
