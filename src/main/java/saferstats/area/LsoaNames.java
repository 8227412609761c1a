package saferstats.area;

import java.util.Locale;

/**
 * LSOA names are a local authority's name, a space and the LSOA's number ("Harrow 014B"); LSOA
 * codes are compared in one form ({@link #code}).
 */
public final class LsoaNames {
  private static final int NUMBER_LENGTH = 4;

  private LsoaNames() {}

  /**
   * An LSOA code as every table keys it: trimmed and in capitals ("e01000001 " is E01000001), so a
   * code typed or exported in another case still meets the lookup, the boundaries and its own
   * LSOA's other rows.
   */
  public static String code(String raw) {
    return raw.strip().toUpperCase(Locale.ROOT);
  }

  /** The local authority part of an LSOA name, or the whole name when it carries no number. */
  public static String localAuthority(String lsoaName) {
    return hasNumber(lsoaName)
        ? lsoaName.substring(0, lsoaName.length() - NUMBER_LENGTH - 1)
        : lsoaName;
  }

  /** True when {@code lsoaName} is {@code area} (any case) followed by a space and a number. */
  public static boolean isIn(String lsoaName, String area) {
    int n = area.length();
    return lsoaName.length() == n + 1 + NUMBER_LENGTH
        && lsoaName.charAt(n) == ' '
        && lsoaName.regionMatches(true, 0, area, 0, n)
        && hasNumber(lsoaName);
  }

  private static boolean hasNumber(String s) {
    int len = s.length();
    if (len < NUMBER_LENGTH + 2 || s.charAt(len - NUMBER_LENGTH - 1) != ' ') {
      return false;
    }
    return Character.isDigit(s.charAt(len - 4))
        && Character.isDigit(s.charAt(len - 3))
        && Character.isDigit(s.charAt(len - 2))
        && Character.isLetter(s.charAt(len - 1));
  }
}
