package saferstats.stats;

/**
 * The verdict of a two-sided test of one window against another at {@link ExactPoissonTest#ALPHA}:
 * the words committee papers use follow it, never the size of the percentage.
 */
public enum Significance {
  INCREASE("significant increase"),
  DECREASE("significant decrease"),
  NONE("no significant change");

  private final String id;

  Significance(String id) {
    this.id = id;
  }

  /** The words written in every output ("significant increase"). */
  public String id() {
    return id;
  }

  /** The verdict for a two-sided p and whether the first window's rate is the higher. */
  public static Significance of(double p, boolean higher) {
    if (p >= ExactPoissonTest.ALPHA) {
      return NONE;
    }
    return higher ? INCREASE : DECREASE;
  }
}
