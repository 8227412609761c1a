package saferstats.ingest.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordDatesTest {
  @ParameterizedTest
  @CsvSource({
    "2024-06-03, 2024-06-03",
    "2024-06-03T14:05, 2024-06-03",
    "2024-06-03 14:05:30, 2024-06-03",
    "03/06/2024, 2024-06-03",
    "3/6/2024, 2024-06-03",
    "03/06/2024 14:05, 2024-06-03",
    "03/06/2024 9:05, 2024-06-03",
    "' 29/02/2024 ', 2024-02-29"
  })
  void everyFormAnalystsMeetIsReadDayFirst(String text, LocalDate expected) {
    assertThat(RecordDates.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2024", "29/02/2023", "2024-13-01", "06/03/24", "", "June 2024"})
  void impossibleOrAmbiguousDatesAreRefusedNotRolledOver(String text) {
    assertThat(RecordDates.parse(text)).isEmpty();
  }
}
