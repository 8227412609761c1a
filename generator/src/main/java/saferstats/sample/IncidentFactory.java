package saferstats.sample;

import java.time.YearMonth;

/** Makes one incident, including the per-row quirks police.uk files carry. */
final class IncidentFactory {
  /** Share of rows published without a location ("No Location", blank coordinates and LSOA). */
  static final double NO_LOCATION = 0.04;

  /** Share of located rows whose location is "On or near " with no street name. */
  static final double EMPTY_STREET = 0.01;

  private IncidentFactory() {}

  /** An incident at a place; ASB gets a blank Crime ID and no outcome, as on police.uk. */
  static Incident create(Rng rng, YearMonth month, CrimeType type, Place place) {
    return create(rng, month, type, place, false);
  }

  /**
   * As {@link #create(Rng, YearMonth, CrimeType, Place)}; {@code blankId} gives a crime a blank
   * Crime ID, as some British Transport Police rows have.
   */
  static Incident create(Rng rng, YearMonth month, CrimeType type, Place place, boolean blankId) {
    Place where = rng.chance(NO_LOCATION) ? null : place;
    boolean emptyStreet = where != null && rng.chance(EMPTY_STREET);
    if (type.isAsb()) {
      return new Incident(
          null, month, type, where, emptyStreet, null, null, false, place.lsoa().ladCode());
    }
    String id = blankId ? null : rng.hexId();
    CrimeOutcome outcome = OutcomeModel.draw(rng, type, month);
    return new Incident(
        id, month, type, where, emptyStreet, outcome, null, false, place.lsoa().ladCode());
  }
}
