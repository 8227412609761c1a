package saferstats.ingest.police;

import java.nio.charset.StandardCharsets;
import saferstats.model.Month;
import saferstats.model.PoliceRow;

/**
 * A plain line's row as {@link ByteRowParser} read it, for the one call that adds it: its
 * few-valued columns and hashes are read, but its Crime ID, location, coordinates as objects, LSOA
 * code and last outcome stay in the line's bytes until {@link #row()} asks (only a selected row is
 * kept, a few in a hundred). One is reused line after line: nothing may hold it after the call,
 * which is what {@link #whole()} is for.
 */
final class LineFacts implements RowFacts {
  private final int[] starts;
  private final int[] ends;
  private final boolean street;
  private final ByteStrings lsoaCodes;
  private final ByteStrings outcomes;

  private byte[] bytes;
  private Month month;
  private String reportedBy;
  private String fallsWithin;
  private String lsoaName;
  private String category;
  private boolean hasPoint;
  private double longitude;
  private double latitude;
  private int idFrom;
  private int idTo;
  private long high;
  private long low;
  private long id;
  private String lsoaCode;
  private PoliceRow row;

  /** {@code starts}, {@code ends}: the parser's field borders, read as each line sets them. */
  LineFacts(int[] starts, int[] ends, boolean street, ByteStrings lsoaCodes, ByteStrings outcomes) {
    this.starts = starts;
    this.ends = ends;
    this.street = street;
    this.lsoaCodes = lsoaCodes;
    this.outcomes = outcomes;
  }

  /** The next line's facts; its Crime ID is {@code bytes[idFrom, idTo)}, stripped. */
  void set(
      byte[] bytes,
      Month month,
      String reportedBy,
      String fallsWithin,
      String lsoaName,
      String category,
      int idFrom,
      int idTo,
      long high,
      long low,
      long id) {
    this.bytes = bytes;
    this.month = month;
    this.reportedBy = reportedBy;
    this.fallsWithin = fallsWithin;
    this.lsoaName = lsoaName;
    this.category = category;
    this.idFrom = idFrom;
    this.idTo = idTo;
    this.high = high;
    this.low = low;
    this.id = id;
    this.hasPoint = false;
    this.lsoaCode = null;
    this.row = null;
  }

  /** The line's coordinates, when it has them. */
  void point(double longitude, double latitude) {
    this.hasPoint = true;
    this.longitude = longitude;
    this.latitude = latitude;
  }

  /** The row with its hashes, to keep. */
  RowHashes whole() {
    return new RowHashes(row(), high, low, id);
  }

  @Override
  public PoliceRow row() {
    if (row == null) {
      row =
          new PoliceRow(
              idFrom == idTo ? "" : text(idFrom, idTo),
              month,
              reportedBy,
              fallsWithin,
              hasPoint ? Double.valueOf(longitude) : null,
              hasPoint ? Double.valueOf(latitude) : null,
              text(starts[6], ends[6]),
              lsoaCode(),
              lsoaName,
              category,
              street ? outcomes.of(bytes, starts[10], ends[10]) : "");
    }
    return row;
  }

  private String text(int from, int to) {
    return from == to ? "" : new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  @Override
  public long high() {
    return high;
  }

  @Override
  public long low() {
    return low;
  }

  @Override
  public long id() {
    return id;
  }

  @Override
  public Month month() {
    return month;
  }

  @Override
  public String reportedBy() {
    return reportedBy;
  }

  @Override
  public String fallsWithin() {
    return fallsWithin;
  }

  @Override
  public String lsoaCode() {
    if (lsoaCode == null) {
      lsoaCode = lsoaCodes.of(bytes, starts[7], ends[7]);
    }
    return lsoaCode;
  }

  @Override
  public String lsoaName() {
    return lsoaName;
  }

  @Override
  public String category() {
    return category;
  }

  @Override
  public boolean hasCrimeId() {
    return idFrom != idTo;
  }

  @Override
  public boolean hasLsoa() {
    return !lsoaName.isEmpty();
  }

  @Override
  public boolean hasPoint() {
    return hasPoint;
  }
}
