package saferstats.ingest.mps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import saferstats.ingest.csv.RejectionLog;
import saferstats.model.Names;
import saferstats.model.Rejection;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout;
import saferstats.mps.MpsRow;

/**
 * Places the rows of one MPS table whose area code or borough is blank, from the table's other
 * rows, once all of them are read. Blank-code rows were one "ward" of their own (every such row a
 * repeat of the others, so whole boroughs went missing), and a ward whose first row had a blank
 * borough was in no borough. A blank code takes the one code its area name has in the same borough;
 * a blank borough the borough most of its area's rows name. A row neither can place is rejected,
 * counted, and its crimes said: nothing is guessed.
 */
final class MpsBlankKeys {
  static final String NOT_PLACED = "area not given";

  /** One row as read: its line, its published major and minor text, and the row. */
  record Read(long line, String major, String minor, MpsRow row) {}

  private final String file;
  private final String codeColumn;
  private final String nameColumn;
  private final String boroughColumn;
  private final Map<List<String>, Set<String>> codesByNameAndBorough = new LinkedHashMap<>();
  private final Map<String, Set<String>> codesByName = new LinkedHashMap<>();

  /** Per code, rows per borough (folded), and the first spelling of each. */
  private final Map<String, Map<String, Integer>> boroughVotes = new LinkedHashMap<>();

  private final Map<String, String> spellings = new LinkedHashMap<>();
  private long codesGiven;
  private long boroughsGiven;
  private long notPlaced;
  private long crimesNotPlaced;

  MpsBlankKeys(String file, List<String> header, MpsLayout layout) {
    this.file = file;
    this.codeColumn = header.get(layout.areaCode());
    this.nameColumn = header.get(layout.areaName());
    this.boroughColumn = header.get(layout.borough());
  }

  /** The rows, each with an area code and a borough; those that cannot be placed are rejected. */
  List<Read> place(List<Read> rows, RejectionLog rejections) {
    rows.forEach(r -> learn(r.row()));
    List<Read> out = new ArrayList<>(rows.size());
    for (Read r : rows) {
      MpsRow row = r.row();
      String code = row.areaCode().isBlank() ? code(row) : row.areaCode();
      String borough = code == null || !row.borough().isBlank() ? row.borough() : borough(code);
      if (code == null || borough == null) {
        rejections.add(new Rejection(file, r.line(), NOT_PLACED, why(row, code)));
        notPlaced++;
        for (Long n : row.counts()) {
          crimesNotPlaced += n == null ? 0 : n;
        }
        continue;
      }
      codesGiven += code.equals(row.areaCode()) ? 0 : 1;
      boroughsGiven += borough.equals(row.borough()) ? 0 : 1;
      out.add(new Read(r.line(), r.major(), r.minor(), row.placed(code, borough)));
    }
    return out;
  }

  private void learn(MpsRow row) {
    String code = row.areaCode();
    if (code.isBlank()) {
      return;
    }
    String name = Names.fold(row.areaName());
    String borough = Names.fold(row.borough());
    if (!name.isEmpty()) {
      codesByName.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(code);
      codesByNameAndBorough
          .computeIfAbsent(List.of(name, borough), k -> new LinkedHashSet<>())
          .add(code);
    }
    if (!borough.isEmpty()) {
      boroughVotes
          .computeIfAbsent(code, k -> new LinkedHashMap<>())
          .merge(borough, 1, Integer::sum);
      spellings.putIfAbsent(borough, row.borough());
    }
  }

  /** The one code the row's area name has (in its borough when it names one), else null. */
  private String code(MpsRow row) {
    Set<String> codes = codes(row);
    return codes == null || codes.size() != 1 ? null : codes.iterator().next();
  }

  /** The codes other rows give the row's area name, in its borough when it names one. */
  private Set<String> codes(MpsRow row) {
    String name = Names.fold(row.areaName());
    if (name.isEmpty()) {
      return null;
    }
    return row.borough().isBlank()
        ? codesByName.get(name)
        : codesByNameAndBorough.get(List.of(name, Names.fold(row.borough())));
  }

  /** The borough most of the area's rows name (the first met on a tie), else null. */
  private String borough(String code) {
    Map<String, Integer> votes = boroughVotes.get(code);
    return votes == null ? null : spellings.get(MpsData.mostRows(votes));
  }

  private String why(MpsRow row, String code) {
    if (codeColumn.equals(boroughColumn)) {
      return "blank " + boroughColumn + ": the row names no borough";
    }
    if (code != null) {
      return "blank " + boroughColumn + ", and no other row of " + code + " names a borough";
    }
    String name = row.areaName().strip();
    String in = row.borough().isBlank() ? "" : " in " + row.borough();
    if (name.isEmpty()) {
      return "blank " + codeColumn + " and " + nameColumn + ": the row names no area" + in;
    }
    Set<String> codes = codes(row);
    return "blank "
        + codeColumn
        + ", and "
        + nameColumn
        + " '"
        + name
        + "'"
        + in
        + (codes == null ? " has no code" : " has " + codes.size() + " codes")
        + " on the table's other rows";
  }

  /** What was placed from other rows, and what could not be, for the notes. */
  List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (codesGiven > 0) {
      notes.add(
          String.format(
              Locale.UK,
              "%s: %,d %s a blank %s; each took the one code its %s has on the table's other rows"
                  + " (in the row's borough, where it names one).",
              file,
              codesGiven,
              codesGiven == 1 ? "row had" : "rows had",
              codeColumn,
              nameColumn));
    }
    if (boroughsGiven > 0) {
      notes.add(
          String.format(
              Locale.UK,
              "%s: %,d %s a blank %s; each was read under the borough most of its area's other"
                  + " rows name.",
              file,
              boroughsGiven,
              boroughsGiven == 1 ? "row had" : "rows had",
              boroughColumn));
    }
    if (notPlaced > 0) {
      notes.add(
          String.format(
              Locale.UK,
              "%s: %,d %s no area or borough that other rows could supply (blank %s); %s %,d"
                  + " crimes are in no area's figures, London's included. saferstats inspect lists"
                  + " %s.",
              file,
              notPlaced,
              notPlaced == 1 ? "row names" : "rows name",
              codeColumn.equals(boroughColumn)
                  ? boroughColumn
                  : codeColumn + " or " + boroughColumn,
              notPlaced == 1 ? "its" : "their",
              crimesNotPlaced,
              notPlaced == 1 ? "it" : "them"));
    }
    return notes;
  }
}
