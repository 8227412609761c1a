package saferstats.render;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines of at most a given width, at spaces, for the fitted terminal layout. */
final class Wrap {
  private Wrap() {}

  /**
   * {@code text}'s lines, each at most {@code width} characters: the first begins with {@code
   * first}, the rest with {@code rest} (a hanging indent). A word longer than a line (a long path)
   * is cut where the line ends, so no line is ever wider than {@code width}. Line breaks already in
   * the text are kept.
   */
  static List<String> lines(String text, int width, String first, String rest) {
    List<String> out = new ArrayList<>();
    String prefix = first;
    for (String given : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder(prefix);
      boolean empty = true;
      for (String word : given.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        boolean fitsALine = rest.length() + word.length() <= width;
        if (!empty && line.length() + 1 + word.length() > width && fitsALine) {
          out.add(line.toString());
          line = new StringBuilder(rest);
          empty = true;
        }
        if (!empty) {
          line.append(' ');
        }
        String w = word;
        while (line.length() + w.length() > width && width - line.length() > 0) {
          int room = width - line.length();
          line.append(w, 0, room);
          out.add(line.toString());
          line = new StringBuilder(rest);
          w = w.substring(room);
        }
        line.append(w);
        empty = false;
      }
      out.add(line.toString().stripTrailing());
      prefix = rest;
    }
    return out;
  }

  /** {@link #lines} joined, each ending in a newline. */
  static String text(String text, int width, String first, String rest) {
    StringBuilder sb = new StringBuilder();
    lines(text, width, first, rest).forEach(l -> sb.append(l).append('\n'));
    return sb.toString();
  }
}
