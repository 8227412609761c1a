package saferstats.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import saferstats.geo.BritishNationalGrid;
import saferstats.geo.FarPoints;
import saferstats.model.StreetColumns;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Each row's point in British National Grid metres (projected from WGS84 once, or as given by a
 * local extract), with the points that cannot be the area's set aside by {@link FarPoints}'s rule
 * and counted in a note rather than stretching the grid across the country.
 *
 * @param placed per row, true when the row has a point and it was not set aside
 * @param count rows placed
 * @param notes how many points were set aside and why (none when none were)
 */
record GridPoints(double[] east, double[] north, boolean[] placed, int count, List<String> notes) {

  /**
   * The points of each area table, kept while the table lives: a report maps every priority over
   * the same table, and projecting its rows is the costly part. Tables are keyed by identity.
   */
  private static final Map<Table, GridPoints> BY_TABLE =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** The points of {@code t}'s rows; the arrays are shared, not to be changed. */
  static GridPoints of(Table t) {
    return BY_TABLE.computeIfAbsent(t, GridPoints::project);
  }

  private static GridPoints project(Table t) {
    int n = t.rowCount();
    double[] east = new double[n];
    double[] north = new double[n];
    boolean[] located = new boolean[n];
    boolean hasGrid = t.columnNames().contains(StreetColumns.EASTING);
    DoubleColumn lon = t.doubleColumn(StreetColumns.LONGITUDE);
    DoubleColumn lat = t.doubleColumn(StreetColumns.LATITUDE);
    DoubleColumn easting = hasGrid ? t.doubleColumn(StreetColumns.EASTING) : null;
    DoubleColumn northing = hasGrid ? t.doubleColumn(StreetColumns.NORTHING) : null;
    for (int i = 0; i < n; i++) {
      if (hasGrid && !easting.isMissing(i)) {
        // Local records given in British National Grid already.
        east[i] = easting.get(i);
        north[i] = northing.get(i);
        located[i] = true;
      } else if (!lon.isMissing(i) && !lat.isMissing(i)) {
        BritishNationalGrid.Point p = BritishNationalGrid.toGrid(lon.get(i), lat.get(i));
        east[i] = p.easting();
        north[i] = p.northing();
        located[i] = true;
      }
    }
    FarPoints.Result far = FarPoints.find(east, north, located);
    int count = 0;
    for (int i = 0; i < n; i++) {
      located[i] &= !far.far()[i];
      count += located[i] ? 1 : 0;
    }
    return new GridPoints(
        east, north, located, count, far.count() > 0 ? List.of(note(far)) : List.of());
  }

  private static String note(FarPoints.Result far) {
    List<String> why = new ArrayList<>();
    if (far.unknown() > 0) {
      why.add(
          String.format(
              Locale.ROOT, "%,d at easting/northing 0,0 or unprojectable", far.unknown()));
    }
    if (far.distant() > 0) {
      why.add(
          String.format(
              Locale.ROOT,
              "%,d more than %,.0f km from the points' median point",
              far.distant(),
              far.limitMetres() / 1000));
    }
    return String.format(
        Locale.ROOT,
        "%,d located row%s set aside from the grid (%s). Rule: a point is set aside when its %s."
            + " They still count in the places and totals; check their coordinates (latitude and"
            + " longitude swapped?).",
        far.count(),
        far.count() == 1 ? " is" : "s are",
        String.join("; ", why),
        FarPoints.RULE);
  }
}
