package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;

/**
 * What a committee must know before trusting a priority's change (SPEC 4.5): abrupt months, a step
 * in level inside the comparison, and known national series breaks in its windows.
 *
 * @param abruptMonths months of the last 24 whose count is far from the usual level
 * @param step the latest control-chart run (rule 2) starting inside the 24 months of the 12-month
 *     comparison, or null
 * @param knownBreaks national series breaks that a window of the priority contains
 * @param splices the spans whose figures were spliced from several MPS releases (SPEC 1.4): {@code
 *     12-months}, {@code quarter}, {@code fytd}, {@code trend}
 */
public record Cautions(
    List<AbruptMonth> abruptMonths, Step step, List<KnownBreak> knownBreaks, List<String> splices) {
  /** Nothing to weigh. */
  static final Cautions NONE = new Cautions(List.of(), null, List.of(), List.of());

  /**
   * A month whose count is under a quarter, or over four times, the median of the 12 months before
   * it ({@code usual}); {@code windows} are the labels of the windows that contain it.
   */
  public record AbruptMonth(Month month, long count, double usual, List<String> windows) {}

  /** A level shift: a run on one side of the control chart's centre, starting at {@code from}. */
  public record Step(Month from, Direction direction) {}

  /** Which way a step goes. */
  public enum Direction {
    UP,
    DOWN;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A known national break, its months, and the labels of the windows that contain it.
   *
   * @param name the break in a few words ("the May 2023 counting-rule change")
   * @param effect which way it moves counts from its first month on, or null when not known
   */
  public record KnownBreak(
      Month from, Month to, String name, Effect effect, String description, List<String> windows) {
    /** A break with no short name or known direction: its description names it. */
    public KnownBreak(Month from, Month to, String description, List<String> windows) {
      this(from, to, description, null, description, windows);
    }
  }

  /** Which way a known break moves counts from its first month on. */
  public enum Effect {
    LOWERS,
    RAISES;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
