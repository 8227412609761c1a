package saferstats.analysis;

import java.util.List;
import java.util.stream.Stream;
import saferstats.model.Month;

/**
 * Every comparison of SPEC 4.1 for one priority: the 12 months, the quarter and the financial year
 * to date, each against the same window a year earlier.
 *
 * @param missing the months missing from any of the windows, in order, each once: the months whose
 *     absence withholds a count above
 */
public record WindowFigures(
    PairFigures twelve, PairFigures quarter, PairFigures fytd, List<Month> missing) {

  /** The comparisons, with the months missing from them gathered once here. */
  public WindowFigures(PairFigures twelve, PairFigures quarter, PairFigures fytd) {
    this(
        twelve,
        quarter,
        fytd,
        counts(twelve, quarter, fytd)
            .flatMap(w -> w.missing().stream())
            .distinct()
            .sorted()
            .toList());
  }

  /** The three comparisons: 12 months, quarter, financial year to date. */
  public List<PairFigures> pairs() {
    return List.of(twelve, quarter, fytd);
  }

  /** The six windows' counts, each pair's window before the one a year earlier. */
  public List<WindowCount> counts() {
    return counts(twelve, quarter, fytd).toList();
  }

  private static Stream<WindowCount> counts(PairFigures... pairs) {
    return Stream.of(pairs).flatMap(p -> Stream.of(p.now(), p.yearEarlier()));
  }
}
