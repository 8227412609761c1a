package saferstats.sample;

import java.time.YearMonth;

/** The months, special months and file paths of the committed sample data. */
final class SampleLayout {
  static final YearMonth START = YearMonth.of(2021, 7);
  static final int MONTHS = 36;
  static final YearMonth END = START.plusMonths(MONTHS - 1);

  /** All files are one download made at the end of the data; the refresh is a month later. */
  static final YearMonth AS_OF = END;

  static final YearMonth REFRESH_AS_OF = END.plusMonths(1);
  static final YearMonth MISSING = YearMonth.of(2021, 11);
  static final YearMonth BOM = YearMonth.of(2022, 6);
  static final YearMonth CRLF = YearMonth.of(2023, 1);
  static final YearMonth REFRESH = YearMonth.of(2024, 3);
  static final YearMonth HOTSPOT_FROM = YearMonth.of(2023, 7);
  static final String POLICE_UK = "police-uk";
  static final String REFRESH_DIR = "police-uk-refresh";

  private SampleLayout() {}

  /** Plain .csv for the BOM and CRLF months (so the quirk is visible on disk), else .csv.gz. */
  static String streetFile(YearMonth m) {
    String plain = m + "/" + m + "-metropolitan-street.csv";
    return POLICE_UK + "/" + (m.equals(BOM) || m.equals(CRLF) ? plain : plain + ".gz");
  }

  static String outcomesFile(YearMonth m) {
    return POLICE_UK + "/" + m + "/" + m + "-metropolitan-outcomes.csv.gz";
  }

  static String btpFile(YearMonth m) {
    return POLICE_UK + "/" + m + "/" + m + "-btp-street.csv.gz";
  }

  static String refreshFile() {
    return REFRESH_DIR + "/" + REFRESH + "/" + REFRESH + "-metropolitan-street.csv.gz";
  }
}
