package saferstats.priorities;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.InputKind;
import saferstats.model.PriorityColumns;
import saferstats.model.UserError;

/**
 * Reads and validates a priority set file: header {@code priority,group,input,category,match,note},
 * one mapping a line, {@code #} comments. Every error names the file and line (SPEC 2).
 */
public final class PrioritySetReader {
  static final List<String> HEADER = PriorityColumns.HEADER;

  private final KnownCategories known;

  public PrioritySetReader(KnownCategories known) {
    this.known = known;
  }

  public PrioritySet read(String name, String source, String file, Reader reader) {
    Map<String, String> groups = new LinkedHashMap<>();
    Map<String, List<Mapping>> mappings = new LinkedHashMap<>();
    try (CSVParser p =
        CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get()
            .parse(reader)) {
      boolean header = true;
      for (CSVRecord r : p) {
        if (header) {
          checkHeader(file, r);
          header = false;
          continue;
        }
        line(file, r, groups, mappings);
      }
    } catch (IOException | IllegalStateException e) {
      throw UserError.input(
          file + ": cannot read priorities (" + e.getMessage() + ")", "check the CSV quoting");
    }
    List<Priority> priorities = new ArrayList<>();
    groups.forEach((p, g) -> priorities.add(new Priority(p, g, List.copyOf(mappings.get(p)))));
    if (priorities.isEmpty()) {
      throw UserError.input(
          file + " defines no priorities", "add lines: " + String.join(",", HEADER));
    }
    return new PrioritySet(name, source, priorities);
  }

  private static void checkHeader(String file, CSVRecord r) {
    List<String> got = r.toList().stream().map(s -> s.strip().toLowerCase()).toList();
    if (!got.equals(HEADER)) {
      throw UserError.input(
          file + ", line " + lineOf(r) + ": header is " + String.join(",", r.toList()),
          "a priority file starts with " + String.join(",", HEADER));
    }
  }

  private void line(
      String file, CSVRecord r, Map<String, String> groups, Map<String, List<Mapping>> mappings) {
    String where = file + ", line " + lineOf(r);
    if (r.size() != HEADER.size()) {
      throw UserError.input(
          where + ": expected 6 fields, found " + r.size(),
          "columns are " + String.join(",", HEADER));
    }
    String priority = r.get(0).strip();
    String group = r.get(1).strip();
    if (priority.isEmpty()) {
      throw UserError.input(where + ": no priority name", "fill in the priority column");
    }
    String earlier = groups.putIfAbsent(priority, group);
    if (earlier != null && !earlier.equals(group)) {
      throw UserError.input(
          where
              + ": priority '"
              + priority
              + "' is repeated with group '"
              + group
              + "' (earlier: '"
              + earlier
              + "')",
          "give each priority one group");
    }
    List<Mapping> list = mappings.computeIfAbsent(priority, k -> new ArrayList<>());
    if (r.get(2).isBlank() && r.get(3).isBlank() && r.get(4).isBlank()) {
      throw UserError.input(
          where + ": priority '" + priority + "' has no mapping",
          "give an input, a category and a match, or mark it unmeasurable with a note saying what would measure it");
    }
    list.add(mapping(where, r));
  }

  private Mapping mapping(String where, CSVRecord r) {
    InputKind input =
        InputKind.of(r.get(2))
            .orElseThrow(
                () ->
                    UserError.input(
                        where + ": unknown input kind '" + r.get(2) + "'",
                        "use police-uk, mps, mps-dashboard, home-office or records"));
    Match match =
        Match.of(r.get(4))
            .orElseThrow(
                () ->
                    UserError.input(
                        where + ": bad match value '" + r.get(4) + "'",
                        "use exact, approximate or unmeasurable"));
    String category = r.get(3).strip();
    String note = r.get(5).strip();
    if (match == Match.UNMEASURABLE) {
      if (note.isEmpty()) {
        throw UserError.input(
            where + ": an unmeasurable mapping needs a note", "say which input would measure it");
      }
    } else if (input == InputKind.MPS_DASHBOARD && category.strip().endsWith("/*")) {
      throw UserError.input(
          where
              + ": '"
              + category
              + "' sums every subgroup of an MPS Monthly Crime Dashboard group, but its subgroups"
              + " overlap (a crime is counted once per strand)",
          "map the group's total subgroup, e.g. Hate crime/Hate crime (SPEC 1.4b)");
    } else if (!known.isKnown(input, category)) {
      throw UserError.input(
          where + ": unknown " + input.describes() + " '" + category + "'",
          "use one of: " + known.examples(input));
    }
    return new Mapping(input, category, match, note.isEmpty() ? null : note, (int) lineOf(r));
  }

  private static long lineOf(CSVRecord r) {
    return r.getParser().getCurrentLineNumber();
  }
}
