package saferstats.model;

/** A row that could not be used: where it is and why. */
public record Rejection(String file, long line, String reason, String detail) {
  /** Reasons, as reported by inspect. */
  public static final String FIELD_COUNT = "wrong number of fields";

  public static final String BAD_MONTH = "bad month";
  public static final String FUTURE_MONTH = "month in the future";
  public static final String BAD_QUOTES = "unclosed or stray quote";
  public static final String OTHER_MONTH = "month differs from the file's";
  public static final String BAD_COORDINATES = "unparseable coordinates";
  public static final String BAD_DATE = "bad date";
  public static final String FUTURE_DATE = "date in the future";
  public static final String NO_CATEGORY = "no category";

  /** "file, line 12: bad month '2024-13' (expected YYYY-MM)". */
  public String describe() {
    return file + ", line " + line + ": " + detail;
  }
}
