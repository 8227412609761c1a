package saferstats.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Names compared as a reader compares them: case and runs of spaces make no difference. */
public final class Names {
  /** Compiled once: names are folded for every row of some tables. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {}

  /** The form two names share when they are the same name ("HARROW", " Harrow " → "HARROW"). */
  public static String fold(String name) {
    return SPACES.matcher(name.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
  }

  /**
   * A column name as headers are compared: no byte-order mark, trimmed, runs of spaces as one,
   * lower case.
   */
  public static String column(String name) {
    return SPACES
        .matcher(name.replace("\uFEFF", "").strip())
        .replaceAll(" ")
        .toLowerCase(Locale.ROOT);
  }

  /** Every name of a header as {@link #column} gives it. */
  public static List<String> columns(List<String> header) {
    return header.stream().map(Names::column).collect(Collectors.toList());
  }

  /** Whether {@code a} and {@code b} are the same name, case and spaces aside. */
  public static boolean same(String a, String b) {
    return fold(a).equals(fold(b));
  }
}
