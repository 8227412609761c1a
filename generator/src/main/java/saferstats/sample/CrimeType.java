package saferstats.sample;

import static saferstats.sample.LocationGroup.GENERAL;
import static saferstats.sample.LocationGroup.NIGHT;
import static saferstats.sample.LocationGroup.RESIDENTIAL;
import static saferstats.sample.LocationGroup.RETAIL;
import static saferstats.sample.Poi.EDUCATION;
import static saferstats.sample.Poi.HOSPITAL;
import static saferstats.sample.Poi.NIGHTCLUB;
import static saferstats.sample.Poi.PARKING_AREA;
import static saferstats.sample.Poi.PETROL_STATION;
import static saferstats.sample.Poi.POLICE_STATION;
import static saferstats.sample.Poi.SHOPPING_AREA;
import static saferstats.sample.Poi.SPORTS;
import static saferstats.sample.Poi.SUPERMARKET;

import java.util.List;

/**
 * The 14 current police.uk crime types (alphabetical, as police.uk sorts them) with the volume
 * model: share of all rows, seasonal amplitude and peak month, and yearly trend.
 */
enum CrimeType {
  ASB(
      "Anti-social behaviour",
      volume(0.22, 0.22, 7, -0.06),
      places(GENERAL, 0.15, SPORTS, PARKING_AREA, SHOPPING_AREA)),
  BICYCLE(
      "Bicycle theft",
      volume(0.012, 0.35, 8, 0.0),
      places(RESIDENTIAL, 0.25, SPORTS, PARKING_AREA, EDUCATION)),
  BURGLARY("Burglary", volume(0.055, 0.15, 12, -0.08), places(RESIDENTIAL, 0.0)),
  CRIMINAL_DAMAGE(
      "Criminal damage and arson",
      volume(0.05, 0.06, 10, -0.02),
      places(RESIDENTIAL, 0.08, PARKING_AREA, SPORTS)),
  DRUGS(
      "Drugs",
      volume(0.04, 0.05, 3, 0.02),
      places(NIGHT, 0.15, PARKING_AREA, SPORTS, POLICE_STATION)),
  OTHER_CRIME(
      "Other crime",
      volume(0.02, 0.0, 1, 0.03),
      places(GENERAL, 0.05, POLICE_STATION, SHOPPING_AREA)),
  OTHER_THEFT(
      "Other theft",
      volume(0.095, 0.05, 8, 0.02),
      places(GENERAL, 0.15, SUPERMARKET, SHOPPING_AREA, SPORTS, HOSPITAL)),
  WEAPONS(
      "Possession of weapons",
      volume(0.008, 0.05, 6, 0.05),
      places(NIGHT, 0.12, SHOPPING_AREA, NIGHTCLUB, POLICE_STATION)),
  PUBLIC_ORDER(
      "Public order",
      volume(0.055, 0.10, 7, 0.0),
      places(NIGHT, 0.15, SHOPPING_AREA, NIGHTCLUB, SUPERMARKET, HOSPITAL)),
  ROBBERY(
      "Robbery", volume(0.03, 0.08, 11, 0.20), places(NIGHT, 0.12, SHOPPING_AREA, PARKING_AREA)),
  SHOPLIFTING(
      "Shoplifting",
      volume(0.045, 0.06, 12, 0.15),
      places(RETAIL, 0.8, SUPERMARKET, SHOPPING_AREA, PETROL_STATION)),
  THEFT_PERSON(
      "Theft from the person",
      volume(0.035, 0.10, 12, 0.08),
      places(NIGHT, 0.3, SHOPPING_AREA, SUPERMARKET, NIGHTCLUB)),
  VEHICLE(
      "Vehicle crime",
      volume(0.10, 0.08, 11, -0.03),
      places(RESIDENTIAL, 0.25, PARKING_AREA, PETROL_STATION)),
  VIOLENCE(
      "Violence and sexual offences",
      volume(0.235, 0.10, 7, 0.01),
      places(NIGHT, 0.12, NIGHTCLUB, SHOPPING_AREA, HOSPITAL, SUPERMARKET));

  /** Share of all rows, seasonal amplitude, peak calendar month, compound change per year. */
  private record Volume(double share, double seasonAmplitude, int peakMonth, double yearlyTrend) {}

  /** How the type picks an LSOA, and the chance and kinds of point of interest it happens at. */
  private record Places(LocationGroup group, double poiChance, List<Poi> pois) {}

  /** Month index (from 2021-07) at which the trend multiplier is 1: the middle of the sample. */
  private static final double TREND_CENTRE = 17.5;

  private final String label;
  private final Volume volume;
  private final Places places;

  CrimeType(String label, Volume volume, Places places) {
    this.label = label;
    this.volume = volume;
    this.places = places;
  }

  private static Volume volume(double share, double amplitude, int peak, double trend) {
    return new Volume(share, amplitude, peak, trend);
  }

  private static Places places(LocationGroup group, double poiChance, Poi... pois) {
    return new Places(group, poiChance, List.of(pois));
  }

  String label() {
    return label;
  }

  boolean isAsb() {
    return this == ASB;
  }

  LocationGroup group() {
    return places.group();
  }

  double poiChance() {
    return places.poiChance();
  }

  List<Poi> pois() {
    return places.pois();
  }

  /**
   * Expected share of a month's rows: base share times a cosine season peaking in peakMonth and a
   * compound yearly trend (extra trend added per borough so neighbours differ).
   */
  double expectedShare(int calendarMonth, int monthIndex, double extraTrend) {
    double angle = 2 * StrictMath.PI * (calendarMonth - volume.peakMonth()) / 12;
    double season = 1 + volume.seasonAmplitude() * StrictMath.cos(angle);
    double years = (monthIndex - TREND_CENTRE) / 12;
    double trend = StrictMath.pow(1 + volume.yearlyTrend() + extraTrend, years);
    return volume.share() * season * trend;
  }
}
