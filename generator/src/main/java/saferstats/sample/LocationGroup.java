package saferstats.sample;

/**
 * How strongly a crime type follows the LSOA weights: street crime clusters in busy places,
 * household crime spreads more evenly, shoplifting needs shops.
 */
enum LocationGroup {
  GENERAL,
  NIGHT,
  RESIDENTIAL,
  RETAIL;

  double weight(Site site) {
    double w = site.weight();
    return switch (this) {
      case GENERAL -> w;
      case NIGHT -> StrictMath.pow(w, 1.25);
      case RESIDENTIAL -> StrictMath.pow(w, 0.6);
      case RETAIL -> w * (site.hasRetail() ? 4.0 : 0.25);
    };
  }
}
