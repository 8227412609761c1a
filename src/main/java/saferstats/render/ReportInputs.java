package saferstats.render;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import saferstats.analysis.Assessment;
import saferstats.model.Month;

/**
 * The report's inputs appendix: one row per folder, kind and force rather than one per file (36
 * monthly street files are one row, "police-uk/city-of-london, 36 files"), with paths relative to
 * the folder the command was run from, so the page names no one's home folder.
 */
final class ReportInputs {
  private ReportInputs() {}

  /**
   * @param base the folder the command was run from; paths outside it are written relative too
   *     ({@code ../data}), and left as given when they cannot be (another drive)
   */
  static List<ReportView.InputRow> of(List<Assessment.InputMonths> inputs, Path base) {
    Map<String, List<Assessment.InputMonths>> groups = new LinkedHashMap<>();
    for (Assessment.InputMonths i : inputs) {
      String key = i.input().kind() + "\u0000" + i.forces();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    List<ReportView.InputRow> rows = new ArrayList<>();
    for (List<Assessment.InputMonths> group : groups.values()) {
      rows.add(row(group, base));
    }
    return rows;
  }

  private static ReportView.InputRow row(List<Assessment.InputMonths> group, Path base) {
    SortedSet<Month> months = new TreeSet<>();
    long read = 0;
    long kept = 0;
    long rejected = 0;
    long duplicates = 0;
    Path common = null;
    for (Assessment.InputMonths i : group) {
      months.addAll(i.supplied());
      var r = i.input().rows();
      read += r.read();
      kept += r.kept();
      rejected += r.rejected();
      duplicates += r.duplicates();
      common = common(common, folderOf(i.input().path()));
    }
    Assessment.InputMonths first = group.get(0);
    return new ReportView.InputRow(
        group.size() == 1
            ? relative(file(first.input().path()), base, first.input().path())
            : relative(common, base, "(several folders)"),
        group.size() == 1 ? "1 file" : Fmt.count(group.size()) + " files",
        first.input().kind(),
        first.forces(),
        months(months),
        Fmt.count(read),
        Fmt.count(kept),
        Fmt.count(rejected),
        Fmt.count(duplicates));
  }

  private static String months(SortedSet<Month> months) {
    if (months.isEmpty()) {
      return "none";
    }
    if (months.size() == 1) {
      return months.first().toString();
    }
    int span = months.first().monthsThrough(months.last());
    return months.first()
        + " to "
        + months.last()
        + " ("
        + months.size()
        + (months.size() == span ? " months" : " of " + span + " months")
        + ")";
  }

  /** The file an input came from: an archive's entry ({@code a.zip!x.csv}) is the archive. */
  private static Path file(String name) {
    int bang = name.indexOf('!');
    try {
      return Path.of(bang < 0 ? name : name.substring(0, bang)).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static Path folderOf(String name) {
    Path f = file(name);
    return f == null ? null : f.getParent();
  }

  /** The deepest folder holding both, or null when either is unknown or they share no root. */
  private static Path common(Path a, Path b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    Path p = a;
    while (p != null && !b.startsWith(p)) {
      p = p.getParent();
    }
    return p;
  }

  private static String relative(Path p, Path base, String otherwise) {
    if (p == null) {
      return otherwise;
    }
    Path from = base.toAbsolutePath().normalize();
    try {
      String r = from.relativize(p).toString();
      return r.isEmpty() ? "." : r;
    } catch (IllegalArgumentException e) {
      return p.toString();
    }
  }
}
