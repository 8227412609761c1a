package saferstats.analysis;

import java.util.List;
import java.util.stream.Stream;
import saferstats.model.Month;

/**
 * Every window of SPEC 4.1 for one priority, with the change between each pair.
 *
 * @param missing the months missing from any of the windows, in order, each once: the months whose
 *     absence withholds a count above
 */
public record WindowFigures(
    WindowCount current12,
    WindowCount previous12,
    Long change,
    Double changePct,
    WindowCount quarter,
    WindowCount quarterLastYear,
    Long quarterChange,
    Double quarterChangePct,
    WindowCount fytd,
    WindowCount fytdLastYear,
    Long fytdChange,
    Double fytdChangePct,
    List<Month> missing) {

  /** The windows, with the months missing from them gathered once here. */
  public WindowFigures(
      WindowCount current12,
      WindowCount previous12,
      Long change,
      Double changePct,
      WindowCount quarter,
      WindowCount quarterLastYear,
      Long quarterChange,
      Double quarterChangePct,
      WindowCount fytd,
      WindowCount fytdLastYear,
      Long fytdChange,
      Double fytdChangePct) {
    this(
        current12,
        previous12,
        change,
        changePct,
        quarter,
        quarterLastYear,
        quarterChange,
        quarterChangePct,
        fytd,
        fytdLastYear,
        fytdChange,
        fytdChangePct,
        Stream.of(current12, previous12, quarter, quarterLastYear, fytd, fytdLastYear)
            .flatMap(w -> w.missing().stream())
            .distinct()
            .sorted()
            .toList());
  }
}
