package saferstats.ingest.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import saferstats.mps.MpsLayout;

/**
 * The shape of an MPS Monthly Crime Dashboard table (London Datastore dataset e5n6w: domestic
 * abuse, hate crime, knife crime …), one row per month, area, offence and measure, recognised by
 * its columns in each layout seen: the London Datastore's own ({@code Month_Year, Area Type,
 * Borough_SNT, Area name, Area code, Offence Group, Offence Subgroup, Measure, …, Count}) and the
 * snake_case re-publication ({@code month_year,area_type,borough_snt,…,crime_type,crime_subtype,
 * measure,…,count}). The indexes are where the reader finds each field.
 *
 * @param refresh the {@code Refresh Date} column, or -1 when the file has none
 */
public record MpsDashboardLayout(
    int month,
    int areaType,
    int boroughSnt,
    int areaName,
    int areaCode,
    int group,
    int subgroup,
    int measure,
    int count,
    int refresh) {

  /**
   * The layout of {@code header}, or empty. Names are compared with case, spaces and underscores
   * dropped ("Month_Year", "month_year" and "Month Year" alike); every column above is required,
   * {@code Borough_SNT} and {@code Measure} being what no other table saferstats knows has.
   */
  public static Optional<MpsDashboardLayout> of(List<String> header) {
    List<String> h = header.stream().map(MpsDashboardLayout::fold).toList();
    int[] at = {
      h.indexOf("monthyear"),
      h.indexOf("areatype"),
      h.indexOf("boroughsnt"),
      h.indexOf("areaname"),
      h.indexOf("areacode"),
      MpsLayout.first(h, "offencegroup", "crimetype"),
      MpsLayout.first(h, "offencesubgroup", "crimesubtype"),
      h.indexOf("measure"),
      h.indexOf("count")
    };
    for (int i : at) {
      if (i < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new MpsDashboardLayout(
            at[0],
            at[1],
            at[2],
            at[3],
            at[4],
            at[5],
            at[6],
            at[7],
            at[8],
            h.indexOf("refreshdate")));
  }

  /** The index of the last column a row needs. */
  public int lastNeeded() {
    return java.util.stream.IntStream.of(
            month, areaType, boroughSnt, areaName, areaCode, group, subgroup, measure, count)
        .max()
        .orElseThrow();
  }

  private static String fold(String name) {
    return name.replace("\uFEFF", "").replaceAll("[\\s_]+", "").toLowerCase(Locale.ROOT);
  }
}
