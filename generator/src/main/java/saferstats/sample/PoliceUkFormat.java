package saferstats.sample;

import java.time.YearMonth;
import java.util.Comparator;

/**
 * Renders police.uk street and outcomes rows. Quoting is done here rather than with Commons CSV:
 * its MINIMAL mode quotes a blank first field ({@code ""} on every ASB row) and a value ending in a
 * space ({@code "On or near "}), neither of which police.uk does; police.uk quotes only values
 * containing a comma, quote or line break.
 */
final class PoliceUkFormat {
  static final String STREET_HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context";
  static final String OUTCOMES_HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Outcome type";
  static final String MET = "Metropolitan Police Service";
  static final String BTP = "British Transport Police";
  static final String NO_LOCATION = "No Location";
  static final String EMPTY_STREET = "On or near ";

  /** police.uk's file order: by LSOA, then crime type; rows without a location at the end. */
  static final Comparator<Incident> FILE_ORDER =
      Comparator.comparing((Incident i) -> i.place() == null)
          .thenComparing(i -> i.place() == null ? "" : i.place().lsoa().name())
          .thenComparing(Incident::type);

  private PoliceUkFormat() {}

  static String streetRow(Incident inc, String force, YearMonth asOf) {
    StringBuilder sb = new StringBuilder(256);
    field(sb, inc.id() == null ? "" : inc.id()).append(',');
    sb.append(inc.month()).append(',');
    field(sb, force).append(',');
    field(sb, force).append(',');
    location(sb, inc);
    field(sb, inc.type().label()).append(',');
    field(sb, inc.lastOutcome(asOf)).append(',');
    return sb.toString();
  }

  static String outcomeRow(Incident inc, OutcomeEvent event, String force) {
    StringBuilder sb = new StringBuilder(256);
    field(sb, inc.id()).append(',');
    sb.append(event.month()).append(',');
    field(sb, force).append(',');
    field(sb, force).append(',');
    location(sb, inc);
    field(sb, event.type());
    return sb.toString();
  }

  /** Longitude, Latitude, Location, LSOA code, LSOA name, each followed by a comma. */
  private static void location(StringBuilder sb, Incident inc) {
    Place p = inc.place();
    if (p == null) {
      sb.append(",,").append(NO_LOCATION).append(",,,");
      return;
    }
    micro(sb, p.lonMicro()).append(',');
    micro(sb, p.latMicro()).append(',');
    field(sb, inc.emptyStreet() ? EMPTY_STREET : p.location()).append(',');
    field(sb, p.lsoa().code()).append(',');
    field(sb, p.lsoa().name()).append(',');
  }

  /** Six decimals, as police.uk writes coordinates ({@code -0.334652}). */
  static StringBuilder micro(StringBuilder sb, int micro) {
    long abs = Math.abs((long) micro);
    if (micro < 0) {
      sb.append('-');
    }
    sb.append(abs / 1_000_000).append('.');
    String frac = Long.toString(abs % 1_000_000);
    sb.append("000000", 0, 6 - frac.length()).append(frac);
    return sb;
  }

  static StringBuilder field(StringBuilder sb, String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      return sb.append(value);
    }
    return sb.append('"').append(value.replace("\"", "\"\"")).append('"');
  }
}
