package saferstats.model;

import java.util.Locale;

/** Names compared as a reader compares them: case and runs of spaces make no difference. */
public final class Names {
  private Names() {}

  /** The form two names share when they are the same name ("HARROW", " Harrow " → "HARROW"). */
  public static String fold(String name) {
    return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  /** Whether {@code a} and {@code b} are the same name, case and spaces aside. */
  public static boolean same(String a, String b) {
    return fold(a).equals(fold(b));
  }
}
