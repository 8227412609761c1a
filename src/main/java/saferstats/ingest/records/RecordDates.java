package saferstats.ingest.records;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * The date forms local extracts use: ISO ({@code 2024-06-03}, with an optional {@code T} or space
 * and time) and UK ({@code 03/06/2024}, {@code 3/6/2024 14:05}). Impossible dates (31/02) are
 * refused, never rolled over; US order is never guessed.
 */
final class RecordDates {
  private static final List<DateTimeFormatter> FORMS =
      List.of(form("uuuu-MM-dd[['T'][ ]HH:mm[:ss][.SSS]]"), form("d/M/uuuu[ H:mm[:ss]]"));

  private RecordDates() {}

  private static DateTimeFormatter form(String pattern) {
    return new DateTimeFormatterBuilder()
        .appendPattern(pattern)
        .toFormatter()
        .withResolverStyle(ResolverStyle.STRICT);
  }

  static Optional<LocalDate> parse(String text) {
    String t = text.strip();
    for (DateTimeFormatter f : FORMS) {
      try {
        return Optional.of(LocalDate.from(f.parse(t)));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
