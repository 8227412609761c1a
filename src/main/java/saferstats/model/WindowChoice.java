package saferstats.model;

/**
 * The window a map counts its rows in ({@code hotspots --window}), and what it is compared with.
 */
public enum WindowChoice {
  CURRENT12("current12"),
  PREVIOUS12("previous12"),
  QUARTER("quarter"),
  ALL("all");

  private final String id;

  WindowChoice(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * The window counted and the one a year earlier it is compared with; null for every month, which
   * has no comparison.
   */
  public WindowPair pair(WindowSet w) {
    return switch (this) {
      case CURRENT12 -> w.twelve();
      case PREVIOUS12 -> {
        Window previous12 = w.twelve().yearEarlier();
        yield WindowPair.yearOnYear(
            previous12, "previous24", "12 months to " + previous12.to().minus(12));
      }
      case QUARTER -> w.quarter();
      case ALL -> null;
    };
  }

  @Override
  public String toString() {
    return id;
  }
}
