package saferstats.model;

import java.util.List;

/** A named, inclusive range of months such as "current12" or "2024-25 Q1". */
public record Window(String name, String label, Month from, Month to) {
  public List<Month> months() {
    return from.through(to);
  }

  public boolean contains(Month m) {
    return !m.isBefore(from) && !m.isAfter(to);
  }

  /** The same window a year earlier. */
  public Window yearEarlier(String newName, String newLabel) {
    return new Window(newName, newLabel, from.minus(12), to.minus(12));
  }
}
