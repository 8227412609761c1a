package saferstats.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Gives each of a borough's LSOAs a heavy-tailed weight, a handful of streets and some points of
 * interest. Each place is first drawn on the grid layout (LSOA centroids on a jittered grid inside
 * the borough's box, places within about 300 m of the centroid); {@link Spots} then says where it
 * goes: there ({@link Spots#GRID}) or inside the LSOA's real polygon ({@link LsoaPolygons}).
 */
final class SiteBuilder {
  private static final double METRES_PER_DEGREE_LAT = 111_200.0;
  private static final double STREET_RADIUS_M = 300.0;
  private static final double LSOA_SIGMA = 0.8;
  private static final double TOWN_CENTRE_FACTOR = 3.0;
  private static final double GENERIC_NAME_SHARE = 0.2;

  private final PlaceNames names;
  private final Spots spots;

  SiteBuilder(PlaceNames names, Spots spots) {
    this.names = names;
    this.spots = spots;
  }

  /** Sites for one borough's LSOAs (given in name order, so MSOA 001 lands in the north). */
  List<Site> build(List<Lsoa> lsoas, String ladCode, Rng rng) {
    double[] box = BoroughExtents.box(ladCode);
    double midLat = (box[2] + box[3]) / 2;
    double kmWide = (box[1] - box[0]) * kmPerDegreeLon(midLat);
    double kmHigh = (box[3] - box[2]) * METRES_PER_DEGREE_LAT / 1000;
    int n = lsoas.size();
    int cols = (int) Math.max(1, Math.round(StrictMath.sqrt(n * kmWide / kmHigh)));
    int rows = (n + cols - 1) / cols;
    double cellLon = (box[1] - box[0]) / cols;
    double cellLat = (box[3] - box[2]) / rows;
    List<Site> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double lon = box[0] + (i % cols + 0.5 + 0.6 * (rng.uniform() - 0.5)) * cellLon;
      double lat = box[3] - (i / cols + 0.5 + 0.6 * (rng.uniform() - 0.5)) * cellLat;
      out.add(site(lsoas.get(i), lon, lat, rng));
    }
    return out;
  }

  private Site site(Lsoa lsoa, double lon, double lat, Rng rng) {
    boolean townCentre = BoroughExtents.townCentre(lsoa);
    double weight = rng.lognormal(LSOA_SIGMA) * (townCentre ? TOWN_CENTRE_FACTOR : 1.0);
    List<String> chosen = streetNames(lsoa.ladCode(), 3 + rng.below(6), rng);
    List<Place> streets = new ArrayList<>(chosen.size());
    for (String name : chosen) {
      streets.add(near(lsoa, name, lon, lat, rng));
    }
    EnumMap<Poi, Place> pois = new EnumMap<>(Poi.class);
    for (Poi poi : Poi.values()) {
      if (rng.chance(poi.chance(townCentre))) {
        pois.put(poi, near(lsoa, poi.label(), lon, lat, rng));
      }
    }
    return new Site(lsoa, weight, streets, pois);
  }

  private List<String> streetNames(String ladCode, int count, Rng rng) {
    List<String> local = names.streets(ladCode);
    List<String> generic = names.genericStreets();
    List<String> out = new ArrayList<>(count);
    while (out.size() < count) {
      List<String> pool = rng.chance(GENERIC_NAME_SHARE) ? generic : local;
      String name = pool.get(rng.below(pool.size()));
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** A station of the site's LSOA by its main street (drawn within 300 m of it on the grid). */
  Place station(Site site, String name, Rng rng) {
    Place centre = site.mainStreet();
    double[] p = circlePoint(centre.lonMicro() / 1e6, centre.latMicro() / 1e6, rng);
    return spots.near(centre, name, p[0], p[1]);
  }

  private Place near(Lsoa lsoa, String name, double lon, double lat, Rng rng) {
    double[] p = circlePoint(lon, lat, rng);
    return spots.place(lsoa, name, p[0], p[1]);
  }

  /** {lon, lat} uniformly inside a 300 m circle round (lon, lat). */
  private static double[] circlePoint(double lon, double lat, Rng rng) {
    double r = STREET_RADIUS_M * StrictMath.sqrt(rng.uniform());
    double theta = 2 * StrictMath.PI * rng.uniform();
    double dLat = r * StrictMath.cos(theta) / METRES_PER_DEGREE_LAT;
    double dLon = r * StrictMath.sin(theta) / (kmPerDegreeLon(lat) * 1000);
    return new double[] {lon + dLon, lat + dLat};
  }

  private static double kmPerDegreeLon(double lat) {
    return METRES_PER_DEGREE_LAT / 1000 * StrictMath.cos(StrictMath.toRadians(lat));
  }
}
