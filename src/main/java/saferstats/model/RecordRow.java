package saferstats.model;

import java.time.LocalDate;

/**
 * One incident of a local record extract. {@code category} is the extract's text tidied (spaces
 * trimmed, case folded, first letter capital) so that "NOISE NUISANCE " and "Noise nuisance" are
 * one category. Place fields are blank or null when the row has none; such rows still count.
 */
public record RecordRow(
    String id,
    LocalDate date,
    Month month,
    String category,
    String lsoaCode,
    String ward,
    String location,
    Double longitude,
    Double latitude,
    Double easting,
    Double northing) {

  public boolean hasPoint() {
    return (longitude != null && latitude != null) || (easting != null && northing != null);
  }
}
