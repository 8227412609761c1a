package saferstats.model;

/**
 * Column names of the area tables (police.uk street rows, local records, MPS cells): the one place
 * they live. {@link #MONTH} is an integer column holding {@link Month#index()}.
 */
public final class StreetColumns {
  public static final String MONTH = "month";
  public static final String CRIME_ID = "crimeId";
  public static final String FALLS_WITHIN = "fallsWithin";
  public static final String LONGITUDE = "longitude";
  public static final String LATITUDE = "latitude";
  public static final String LOCATION = "location";
  public static final String LSOA_CODE = "lsoaCode";
  public static final String LSOA_NAME = "lsoaName";
  public static final String CATEGORY = "category";
  public static final String OUTCOME = "lastOutcome";

  /** Local records: the ward the extract names, and points already in British National Grid. */
  public static final String WARD = "ward";

  public static final String EASTING = "easting";
  public static final String NORTHING = "northing";

  /** The lookup's LSOA → ward rows. */
  public static final String WARD_CODE = "wardCode";

  public static final String WARD_NAME = "wardName";

  /** MPS cells: the area a cell belongs to, and its published count. */
  public static final String AREA = "area";

  public static final String COUNT = "count";

  public static final String BOROUGH = "borough";

  /** Tablesaw's name for the column {@code countBy} adds. */
  public static final String COUNT_BY = "Count";

  /** Tablesaw's name for the values column a column's {@code countByCategory} gives. */
  public static final String COUNT_CATEGORY = "Category";

  private StreetColumns() {}
}
