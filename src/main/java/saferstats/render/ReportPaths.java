package saferstats.render;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute paths in the report's notes written relative to the folder the command was run from, as
 * the inputs appendix writes them (its line says "Paths are relative to the folder the command was
 * run from"): the notes name files (the population file, each MPS release a splice takes months
 * from) by the absolute path ingest resolved.
 */
final class ReportPaths {
  private ReportPaths() {}

  /**
   * {@code text} with every absolute path under {@code base} or one of its ancestors (not the root,
   * which would take every "/" in prose) written relative to {@code base}: from /work/s6-e,
   * "/work/shared/real-data/x.csv" becomes "../shared/real-data/x.csv". A path starts a word (at
   * the start, after a space or a parenthesis), so "a/work/b" is left alone.
   */
  static String relative(String text, Path base) {
    if (text == null || text.indexOf('/') < 0) {
      return text;
    }
    String out = text;
    String up = "";
    for (Path a = base.toAbsolutePath().normalize(); a != null && a.getParent() != null; ) {
      Pattern p = Pattern.compile("(^|[\\s(])" + Pattern.quote(a.toString() + "/"));
      out = p.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(up));
      up += "../";
      a = a.getParent();
    }
    return out;
  }

  /** Each of {@code texts} with its paths relative to {@code base}. */
  static List<String> relative(List<String> texts, Path base) {
    return texts.stream().map(t -> relative(t, base)).toList();
  }
}
