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

  /** The window itself, or null for every month of the data. */
  public Window of(WindowSet w) {
    return switch (this) {
      case CURRENT12 -> w.current12();
      case PREVIOUS12 -> w.previous12();
      case QUARTER -> w.quarter();
      case ALL -> null;
    };
  }

  /** The window the change is measured against, or null when there is none (every month). */
  public Window comparison(WindowSet w) {
    return switch (this) {
      case CURRENT12 -> w.previous12();
      case PREVIOUS12 ->
          w.previous12().yearEarlier("previous24", "12 months to " + w.previous12().to().minus(12));
      case QUARTER -> w.quarterLastYear();
      case ALL -> null;
    };
  }

  @Override
  public String toString() {
    return id;
  }
}
