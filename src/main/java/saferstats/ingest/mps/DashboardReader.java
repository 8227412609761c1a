package saferstats.ingest.mps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import saferstats.ingest.csv.MpsDashboardLayout;
import saferstats.ingest.csv.RejectionLog;
import saferstats.ingest.result.FileResult;
import saferstats.model.Month;
import saferstats.model.Rejection;
import saferstats.model.SourceKind;
import saferstats.model.UserError;
import saferstats.mps.DashboardFile;
import saferstats.mps.DashboardMeasure;
import saferstats.mps.DashboardRow;
import saferstats.mps.MpsLayout.Level;

/**
 * Reads an MPS Monthly Crime Dashboard table (SPEC 1.4b), whether it came as CSV or as a workbook
 * sheet: one row per month, area, offence group and subgroup, and measure. A row that cannot be
 * placed (bad month, bad count, an area type that is neither borough nor SNT) is rejected with its
 * line; a measure other than the dashboard's two is an error, for it would be counted as neither.
 */
public final class DashboardReader {
  static final String BAD_COUNT = "bad count";
  static final String AREA_TYPE = "unknown area type";

  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})");
  private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}).*");
  private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

  private final String name;
  private final MpsDashboardLayout layout;
  private final RejectionLog rejections;
  private final List<DashboardRow> rows = new ArrayList<>();
  private long read;

  /** A reader of the file {@code name} laid out as {@code layout}. */
  public DashboardReader(String name, MpsDashboardLayout layout, boolean strict) {
    this.name = name;
    this.layout = layout;
    this.rejections = new RejectionLog(strict);
  }

  /** Reads one row's fields, found at {@code line} of the file. */
  public void add(long line, List<String> f) {
    read++;
    if (f.size() <= layout.lastNeeded()) {
      reject(
          line,
          Rejection.FIELD_COUNT,
          "expected at least " + (layout.lastNeeded() + 1) + " fields, found " + f.size());
      return;
    }
    String measureText = f.get(layout.measure()).strip();
    DashboardMeasure measure =
        DashboardMeasure.of(measureText)
            .orElseThrow(
                () ->
                    UserError.input(
                        name + ", line " + line + ": unknown measure '" + measureText + "'",
                        "the MPS Monthly Crime Dashboard's measures are Offences and Positive"
                            + " Outcomes; check the file is the dashboard as published"));
    Optional<Month> month = month(f.get(layout.month()));
    if (month.isEmpty()) {
      reject(line, Rejection.BAD_MONTH, "bad month '" + f.get(layout.month()).strip() + "'");
      return;
    }
    Long count = count(f.get(layout.count()));
    if (count == null) {
      reject(line, BAD_COUNT, "bad count '" + f.get(layout.count()).strip() + "'");
      return;
    }
    Level level = level(f.get(layout.areaType()));
    if (level == null) {
      reject(
          line,
          AREA_TYPE,
          "area type '"
              + f.get(layout.areaType()).strip()
              + "' is neither Borough nor Safer Neighbourhood Teams");
      return;
    }
    String areaName = f.get(layout.areaName()).strip();
    String boroughSnt = f.get(layout.boroughSnt()).strip();
    String code = f.get(layout.areaCode()).strip();
    rows.add(
        new DashboardRow(
            level,
            code.isEmpty() ? boroughSnt + " / " + areaName : code,
            areaName,
            level == Level.BOROUGH ? boroughSnt : borough(boroughSnt, areaName),
            f.get(layout.group()).strip(),
            f.get(layout.subgroup()).strip(),
            measure,
            month.get(),
            count,
            refresh(f),
            line));
  }

  /** What the file yielded. */
  public FileResult result() {
    return new FileResult(
        name,
        SourceKind.MPS_DASHBOARD,
        read,
        List.of(),
        rejections.byReason(),
        rejections.shown(),
        null,
        null,
        List.of(),
        new DashboardFile(name, List.copyOf(rows)));
  }

  private void reject(long line, String reason, String detail) {
    rejections.add(new Rejection(name, line, reason, detail));
  }

  /** {@code YYYY-MM}, {@code YYYYMM}, or the first of the month as a spreadsheet writes it. */
  static Optional<Month> month(String text) {
    String t = text.strip();
    Matcher m = COMPACT.matcher(t);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      return month >= 1 && month <= 12
          ? Optional.of(Month.of(Integer.parseInt(m.group(1)), month))
          : Optional.empty();
    }
    return Month.parse(t).or(() -> Month.parseSpreadsheet(t));
  }

  /** A whole, non-negative count ({@code 12}, or {@code 12.0} as a workbook may store it). */
  static Long count(String text) {
    try {
      BigDecimal n = new BigDecimal(text.strip().replace(",", ""));
      return n.signum() < 0 ? null : n.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static Level level(String areaType) {
    String t = areaType.strip().toLowerCase(Locale.ROOT);
    if (t.equals("borough")) {
      return Level.BOROUGH;
    }
    return t.contains("neighbourhood") || t.equals("snt") || t.equals("ward") ? Level.WARD : null;
  }

  /**
   * An SNT's borough: its {@code Borough_SNT} ("Harrow Belmont") less the ward's name, which may
   * carry a qualifier the SNT name lacks ("Belmont (QA)").
   */
  static String borough(String boroughSnt, String areaName) {
    for (String ward : List.of(areaName, QUALIFIER.matcher(areaName).replaceAll(""))) {
      if (!ward.isEmpty() && boroughSnt.endsWith(" " + ward)) {
        return boroughSnt.substring(0, boroughSnt.length() - ward.length() - 1).strip();
      }
    }
    return boroughSnt;
  }

  private LocalDate refresh(List<String> f) {
    if (layout.refresh() < 0 || layout.refresh() >= f.size()) {
      return LocalDate.MIN;
    }
    String t = f.get(layout.refresh()).strip();
    Matcher uk = UK_DATE.matcher(t);
    try {
      if (uk.matches()) {
        return LocalDate.of(
            Integer.parseInt(uk.group(3)),
            Integer.parseInt(uk.group(2)),
            Integer.parseInt(uk.group(1)));
      }
      return t.isEmpty()
          ? LocalDate.MIN
          : LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    } catch (java.time.DateTimeException e) {
      return LocalDate.MIN;
    }
  }
}
