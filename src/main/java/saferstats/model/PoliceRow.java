package saferstats.model;

/**
 * One valid police.uk street or outcomes row. {@code category} is the crime type (street) or the
 * outcome type (outcomes); coordinates are null for rows with no point, the LSOA code and name
 * empty for rows with no LSOA. police.uk's "No Location" rows have neither; a row can keep its LSOA
 * without a point.
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

  /**
   * True when the row's LSOA places it in an area: areas are read from LSOA names (SPEC 1.1), so a
   * row with one is in its area's figures whether or not it has a point.
   */
  public boolean hasLsoa() {
    return !lsoaName.isEmpty();
  }

  /** True when the row has coordinates, so it can go on a grid. */
  public boolean hasPoint() {
    return longitude != null;
  }
}
