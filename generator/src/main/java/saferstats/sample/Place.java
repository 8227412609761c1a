package saferstats.sample;

/**
 * A snap point: an LSOA, the text police.uk writes in {@code Location}, and coordinates in
 * millionths of a degree (police.uk publishes 6 decimals, so integers keep them exact).
 */
record Place(Lsoa lsoa, String location, int lonMicro, int latMicro) {
  static Place of(Lsoa lsoa, String name, double lon, double lat) {
    return new Place(
        lsoa, "On or near " + name, (int) Math.round(lon * 1e6), (int) Math.round(lat * 1e6));
  }
}
