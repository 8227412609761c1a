package saferstats.ingest.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one physical line of CSV into its fields, as Commons CSV's default format would, except
 * that a quote must close on its own line. police.uk fields never hold a line break, so a quote
 * left open is a damaged record: it is reported here instead of swallowing the lines after it.
 */
public final class LineFields {
  private LineFields() {}

  /** The fields of a line, or why it cannot be split ({@code fields} is then null). */
  public record Split(String[] fields, String problem) {}

  public static Split split(String line) {
    if (line.indexOf('"') < 0) {
      return new Split(unquoted(line), null);
    }
    List<String> out = new ArrayList<>(16);
    int n = line.length();
    int i = 0;
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        StringBuilder field = new StringBuilder();
        int end = quoted(line, i + 1, field);
        if (end < 0) {
          return problem("a quote opened in field " + (out.size() + 1) + " is not closed");
        }
        out.add(field.toString());
        // Commons CSV skips spaces after a closing quote; anything else is malformed.
        i = end;
        while (i < n && line.charAt(i) != ',' && Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        if (i == n) {
          break;
        }
        if (line.charAt(i) != ',') {
          return problem("text after the closing quote of field " + out.size());
        }
        i++;
      } else {
        int comma = line.indexOf(',', i);
        if (comma < 0) {
          out.add(line.substring(i));
          break;
        }
        out.add(line.substring(i, comma));
        i = comma + 1;
      }
    }
    return new Split(out.toArray(new String[0]), null);
  }

  /** The fields of a line with no quote at all (most police.uk rows): sized once, no list. */
  private static String[] unquoted(String line) {
    int commas = 0;
    for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
      commas++;
    }
    String[] fields = new String[commas + 1];
    int from = 0;
    for (int f = 0; f < commas; f++) {
      int comma = line.indexOf(',', from);
      fields[f] = line.substring(from, comma);
      from = comma + 1;
    }
    fields[commas] = line.substring(from);
    return fields;
  }

  /**
   * Appends a quoted field's text from {@code from} (just after its opening quote) to {@code
   * field}; returns the index after the closing quote, or -1 when the line ends first.
   */
  private static int quoted(String line, int from, StringBuilder field) {
    int j = from;
    while (true) {
      int q = line.indexOf('"', j);
      if (q < 0) {
        return -1;
      }
      field.append(line, j, q);
      if (q + 1 < line.length() && line.charAt(q + 1) == '"') {
        field.append('"');
        j = q + 2;
      } else {
        return q + 1;
      }
    }
  }

  private static Split problem(String why) {
    return new Split(null, why);
  }
}
