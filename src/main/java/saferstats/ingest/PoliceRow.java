package saferstats.ingest;

import saferstats.model.Month;

/**
 * One valid police.uk street or outcomes row. {@code category} is the crime type (street) or the
 * outcome type (outcomes); coordinates are null for rows with no location.
 */
public record PoliceRow(
    String crimeId,
    Month month,
    String reportedBy,
    String fallsWithin,
    Double longitude,
    Double latitude,
    String location,
    String lsoaCode,
    String lsoaName,
    String category,
    String lastOutcome) {

  public boolean hasLocation() {
    return longitude != null && !lsoaCode.isEmpty();
  }
}
