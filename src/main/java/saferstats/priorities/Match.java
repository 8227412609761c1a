package saferstats.priorities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How well a source category measures a priority. */
public enum Match {
  EXACT,
  APPROXIMATE,
  UNMEASURABLE;

  public static Optional<Match> of(String text) {
    return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(text.strip())).findFirst();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
