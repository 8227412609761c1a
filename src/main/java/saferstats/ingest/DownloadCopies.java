package saferstats.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders names so that a browser's numbered copy of a download comes after the original: Chrome and
 * Edge save a second download of {@code x.csv.gz} as {@code x (1).csv.gz}, Firefox as {@code
 * x(1).csv.gz}, then {@code (2)} and so on. A later input replaces an earlier one's partitions
 * (SPEC 1.3), and the copy is the later download; compared as plain text, " (1)" sorts before
 * ".csv" and the older file would win.
 */
final class DownloadCopies {
  /** A name with " (n)" or "(n)" just before its extensions (or at its end). */
  private static final Pattern COPY = Pattern.compile("^(.+?) ?\\((\\d{1,4})\\)((?:\\.\\w+)*)$");

  private DownloadCopies() {}

  /** Compares two names (one part of a path each): by the original's name, then copy number. */
  static int compare(String a, String b) {
    Matcher ma = COPY.matcher(a);
    Matcher mb = COPY.matcher(b);
    boolean copyA = ma.matches();
    boolean copyB = mb.matches();
    if (!copyA && !copyB) {
      return a.compareTo(b);
    }
    String baseA = copyA ? ma.group(1) + ma.group(3) : a;
    String baseB = copyB ? mb.group(1) + mb.group(3) : b;
    int c = baseA.compareTo(baseB);
    if (c != 0) {
      return c;
    }
    c =
        Integer.compare(
            copyA ? Integer.parseInt(ma.group(2)) : 0, copyB ? Integer.parseInt(mb.group(2)) : 0);
    return c != 0 ? c : a.compareTo(b);
  }
}
