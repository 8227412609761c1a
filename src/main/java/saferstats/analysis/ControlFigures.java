package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;

/** An XmR control chart over the trend months, with the months each rule flags (SPEC 4.2). */
public record ControlFigures(double mean, double lcl, double ucl, List<Signal> signals) {
  /** One rule and the months it flags. */
  public record Signal(int rule, List<Month> months) {}
}
