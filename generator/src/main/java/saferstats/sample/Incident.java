package saferstats.sample;

import java.time.YearMonth;

/**
 * One street-file record before rendering. {@code id} is null for a blank Crime ID, {@code place}
 * null for "No Location"; {@code variant} marks an extra row sharing another row's Crime ID; {@code
 * ladCode} is the borough the crime happened in, known even when it is published without a location
 * (the MPS borough tables count those rows too).
 */
record Incident(
    String id,
    YearMonth month,
    CrimeType type,
    Place place,
    boolean emptyStreet,
    CrimeOutcome outcome,
    String outcomeOverride,
    boolean variant,
    String ladCode) {

  /** {@code Last outcome category} as downloaded in month {@code asOf}; blank for ASB. */
  String lastOutcome(YearMonth asOf) {
    if (outcomeOverride != null) {
      return outcomeOverride;
    }
    return outcome == null ? "" : outcome.streetCategory(asOf);
  }

  Incident withType(CrimeType newType) {
    return new Incident(
        id, month, newType, place, emptyStreet, outcome, outcomeOverride, true, ladCode);
  }

  Incident withPlace(Place newPlace) {
    return new Incident(id, month, type, newPlace, false, outcome, outcomeOverride, true, ladCode);
  }

  Incident withOutcome(String override) {
    return new Incident(id, month, type, place, emptyStreet, outcome, override, true, ladCode);
  }
}
