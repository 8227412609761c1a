package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;

/**
 * An XmR control chart over the trend months, with the months each rule flags (SPEC 4.2).
 *
 * @param n months with data the chart ran over
 * @param of months in the span
 * @param missing months of the span with no data; no moving range or run crosses them
 */
public record ControlFigures(
    int n, int of, List<Month> missing, double mean, double lcl, double ucl, List<Signal> signals) {
  /** One rule and the months it flags. */
  public record Signal(int rule, List<Month> months) {}
}
