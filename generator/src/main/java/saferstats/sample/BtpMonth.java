package saferstats.sample;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * British Transport Police rows at the sample boroughs' stations: 10-20 a month, mostly theft from
 * the person, violence and public order, some with a blank Crime ID.
 */
final class BtpMonth {
  private static final CrimeType[] TYPES = {
    CrimeType.THEFT_PERSON,
    CrimeType.VIOLENCE,
    CrimeType.PUBLIC_ORDER,
    CrimeType.OTHER_THEFT,
    CrimeType.CRIMINAL_DAMAGE,
    CrimeType.DRUGS,
    CrimeType.ROBBERY,
    CrimeType.WEAPONS
  };
  private static final double[] MIX = Rng.cumulative(new double[] {35, 30, 20, 5, 4, 3, 2, 1});
  private static final double BLANK_ID = 0.2;
  private static final double MEAN_ROWS = 15;

  private final List<Place> stations;
  private final double[] stationCumulative;

  private BtpMonth(List<Place> stations, double[] stationCumulative) {
    this.stations = stations;
    this.stationCumulative = stationCumulative;
  }

  /** Each listed station sits by the main street of a random LSOA of its borough; busier first. */
  static BtpMonth create(
      List<List<Site>> boroughs, PlaceNames names, SiteBuilder builder, Rng rng) {
    List<Place> stations = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (List<Site> sites : boroughs) {
      List<String> list = names.stations(sites.get(0).lsoa().ladCode());
      for (int i = 0; i < list.size(); i++) {
        Site site = sites.get(rng.below(sites.size()));
        stations.add(builder.station(site, list.get(i) + " (station)", rng));
        weights.add(1.0 / (i + 1));
      }
    }
    double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
    return new BtpMonth(stations, Rng.cumulative(w));
  }

  List<Incident> generate(YearMonth m, Rng rng) {
    int n = Math.max(10, Math.min(20, rng.poisson(MEAN_ROWS)));
    List<Incident> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      CrimeType type = TYPES[rng.pick(MIX)];
      Place station = stations.get(rng.pick(stationCumulative));
      out.add(IncidentFactory.create(rng, m, type, station, rng.chance(BLANK_ID)));
    }
    out.sort(PoliceUkFormat.FILE_ORDER);
    return out;
  }
}
