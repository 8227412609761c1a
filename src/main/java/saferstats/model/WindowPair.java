package saferstats.model;

import java.util.List;
import java.util.TreeSet;

/** A window and the same window a year earlier: the two sides of every comparison (SPEC 4.1). */
public record WindowPair(Window now, Window yearEarlier) {
  /** The window and the one a year before it, named and labelled as given. */
  public static WindowPair yearOnYear(Window now, String name, String label) {
    return new WindowPair(now, now.yearEarlier(name, label));
  }

  /** Both windows' months, in calendar order, each once. */
  public List<Month> months() {
    TreeSet<Month> m = new TreeSet<>(yearEarlier.months());
    m.addAll(now.months());
    return List.copyOf(m);
  }
}
