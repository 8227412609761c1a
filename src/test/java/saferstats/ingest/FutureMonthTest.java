package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.model.FileLedger;
import saferstats.model.Month;
import saferstats.model.Rejection;

/** A month after the current one cannot have been published: its rows are rejected. */
class FutureMonthTest {
  private static final String F = "src/test/resources/fixtures/";
  private static final String FUTURE = F + "future/2099-01/2099-01-test-street.csv";

  @Test
  void rowsOfAMonthAfterTheClockAreRejectedWithFileLineAndReason() {
    ReadOptions options =
        new ReadOptions(new Selection.None(), false, false, List.of(), LocalDate.of(2024, 7, 15));
    IngestResult r =
        new Ingest(options, 1).read(InputResolver.resolve(List.of(F + "windows", FUTURE)), n -> {});
    FileLedger future = r.files().get(r.files().size() - 1);
    // Both rows (lines 2 and 3) carry 2099-01, after 2024-07: 2 read, 2 rejected, 0 kept.
    assertThat(future.read()).isEqualTo(2);
    assertThat(future.rejected()).isEqualTo(2);
    assertThat(future.kept()).isZero();
    assertThat(future.firstRejections())
        .extracting(Rejection::describe)
        .containsExactly(
            FUTURE + ", line 2: month 2099-01 is after the current month 2024-07",
            FUTURE + ", line 3: month 2099-01 is after the current month 2024-07");
    // Every row rejected: the file adds no month, and a note says so rather than passing quietly.
    assertThat(future.notes())
        .containsExactly(
            FUTURE
                + ": every one of its 2 rows was rejected ("
                + Rejection.FUTURE_MONTH
                + "), so it adds no month; saferstats inspect shows why.");
    // No partition for 2099-01, so the force's months still end in 2024-06.
    assertThat(r.coverage().get("Test Constabulary").last()).isEqualTo(Month.of(2024, 6));
    assertThat(r.counts().get("Test Constabulary").keySet()).doesNotContain(Month.of(2099, 1));
  }

  @Test
  void theCurrentMonthItselfIsKept() {
    ReadOptions options =
        new ReadOptions(new Selection.None(), false, false, List.of(), LocalDate.of(2099, 1, 1));
    FileLedger f =
        new Ingest(options, 1).read(InputResolver.resolve(List.of(FUTURE)), n -> {}).files().get(0);
    assertThat(f.kept()).isEqualTo(2);
    assertThat(f.rejected()).isZero();
  }
}
