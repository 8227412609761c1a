package saferstats.model;

/** Column names of the area table built from police.uk street rows: the one place they live. */
public final class StreetColumns {
  public static final String MONTH = "month";
  public static final String CRIME_ID = "crimeId";
  public static final String REPORTED_BY = "reportedBy";
  public static final String FALLS_WITHIN = "fallsWithin";
  public static final String LONGITUDE = "longitude";
  public static final String LATITUDE = "latitude";
  public static final String LOCATION = "location";
  public static final String LSOA_CODE = "lsoaCode";
  public static final String LSOA_NAME = "lsoaName";
  public static final String CATEGORY = "category";
  public static final String OUTCOME = "lastOutcome";

  private StreetColumns() {}
}
