package saferstats.sample;

/**
 * The points of interest police.uk snaps crimes to (written "On or near Supermarket"), with the
 * chance an ordinary or a town-centre LSOA has one.
 */
enum Poi {
  SUPERMARKET("Supermarket", 0.30, 0.95),
  SHOPPING_AREA("Shopping Area", 0.10, 0.90),
  PARKING_AREA("Parking Area", 0.35, 0.80),
  PETROL_STATION("Petrol Station", 0.10, 0.25),
  SPORTS("Sports/Recreation Area", 0.30, 0.30),
  NIGHTCLUB("Nightclub", 0.02, 0.45),
  EDUCATION("Further/Higher Educational Building", 0.05, 0.15),
  HOSPITAL("Hospital", 0.01, 0.05),
  POLICE_STATION("Police Station", 0.005, 0.20);

  private final String label;
  private final double chance;
  private final double townCentreChance;

  Poi(String label, double chance, double townCentreChance) {
    this.label = label;
    this.chance = chance;
    this.townCentreChance = townCentreChance;
  }

  String label() {
    return label;
  }

  double chance(boolean townCentre) {
    return townCentre ? townCentreChance : chance;
  }

  boolean retail() {
    return this == SUPERMARKET || this == SHOPPING_AREA || this == PETROL_STATION;
  }
}
