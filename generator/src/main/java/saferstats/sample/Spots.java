package saferstats.sample;

/**
 * Where the places of an LSOA go. The site builder first draws each place on its approximate grid
 * layout (a point round the LSOA's grid centroid) from the borough's main random stream; a {@code
 * Spots} then says where the place really goes. Drawing the grid point every time keeps the main
 * stream's sequence, so every other figure stays the same whichever spots are used.
 */
interface Spots {
  /**
   * The grid layout as drawn: LSOA centroids on a jittered grid in borough boxes (the benchmark).
   */
  Spots GRID =
      new Spots() {
        @Override
        public Place place(Lsoa lsoa, String name, double lon, double lat) {
          return Place.of(lsoa, name, lon, lat);
        }

        @Override
        public Place near(Place centre, String name, double lon, double lat) {
          return Place.of(centre.lsoa(), name, lon, lat);
        }
      };

  /** A street or point of interest of {@code lsoa}; (lon, lat) is the grid layout's point. */
  Place place(Lsoa lsoa, String name, double lon, double lat);

  /**
   * A place close to {@code centre} in the same LSOA (a station by the main street); (lon, lat) is
   * the grid layout's point round it.
   */
  Place near(Place centre, String name, double lon, double lat);
}
