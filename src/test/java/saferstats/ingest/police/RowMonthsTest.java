package saferstats.ingest.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import saferstats.ingest.csv.RejectionLog;
import saferstats.model.Month;
import saferstats.model.MonthNames;
import saferstats.model.Rejection;

/** Which month a file's rows make its own, and how the rows of others are rejected. */
class RowMonthsTest {
  private static final Month JAN = Month.of(2024, 1);
  private static final Month FEB = Month.of(2024, 2);
  private static final Month MAR = Month.of(2024, 3);

  @Test
  void theMonthMostRowsCarryIsTheFilesWhateverTheFirstRowSays() {
    RowMonths m = new RowMonths();
    m.add(JAN, 2);
    m.add(FEB, 3);
    m.add(FEB, 4);
    assertThat(m.fileMonth(Optional.empty())).contains(FEB);
    assertThat(m.fileMonth(Optional.of(JAN)))
        .as("the name does not outvote the rows")
        .contains(FEB);
  }

  @Test
  void aTieGoesToTheNamedMonthElseToTheFirstRowsMonth() {
    RowMonths m = new RowMonths();
    m.add(FEB, 2);
    m.add(JAN, 3);
    assertThat(m.fileMonth(Optional.of(JAN))).contains(JAN);
    assertThat(m.fileMonth(Optional.of(MAR))).contains(FEB);
    assertThat(m.fileMonth(Optional.empty())).contains(FEB);
  }

  @Test
  void noValidRowGivesNoMonth() {
    assertThat(new RowMonths().fileMonth(Optional.of(JAN))).isEmpty();
  }

  @Test
  void rowsOfOtherMonthsAreRejectedTheFirstTwentyShownInLineOrder() {
    RowMonths m = new RowMonths();
    // Lines 2..101 of January (100 rows); February on lines 102..131 (30) and March on every
    // line 132..161 (30) except that line 5 is March too: 100 - 1 = 99 January rows.
    for (long line = 2; line <= 101; line++) {
      m.add(line == 5 ? MAR : JAN, line);
    }
    for (long line = 102; line <= 131; line++) {
      m.add(FEB, line);
    }
    for (long line = 132; line <= 161; line++) {
      m.add(MAR, line);
    }
    assertThat(m.fileMonth(Optional.empty())).contains(JAN);
    RejectionLog log = new RejectionLog(false);
    m.rejectOthers(JAN, "f.csv", log);
    // Others: 30 February + 31 March = 61 = 160 rows - 99 January.
    assertThat(log.byReason()).containsEntry(Rejection.OTHER_MONTH, 61L);
    // Shown: line 5 (March), then February's 102..120 (19 more): 20 in all.
    assertThat(log.shown()).hasSize(20);
    assertThat(log.shown().get(0).line()).isEqualTo(5);
    assertThat(log.shown().get(0).detail())
        .isEqualTo(
            "month 2024-03 differs from the file's month 2024-01, which 99 of its 160 valid"
                + " rows carry");
    assertThat(log.shown().get(19).line()).isEqualTo(120);
  }

  @Test
  void namesAreReadFromTheFileAndItsFolderOnly() {
    assertThat(MonthNames.of("/data/2021-03/x/2024-01/2024-02-city-street.csv"))
        .isEqualTo(new MonthNames(Optional.of(FEB), Optional.of(JAN)));
    assertThat(MonthNames.of("dl.zip!2024-03/city-street.csv"))
        .isEqualTo(new MonthNames(Optional.empty(), Optional.of(MAR)));
    assertThat(MonthNames.of("street.csv").month()).isEmpty();
    assertThat(MonthNames.of("C:\\data\\2024-01\\x-2024-02-street.csv").month()).contains(FEB);
  }
}
