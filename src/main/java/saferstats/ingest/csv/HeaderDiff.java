package saferstats.ingest.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an unrecognised header differs from the nearest header saferstats knows: which columns are
 * missing, which are extra, and which stand where a known one should (renamed).
 */
record HeaderDiff(
    String name,
    List<String> known,
    List<String> missing,
    List<String> extra,
    Map<String, String> renamed) {

  private static final Map<String, List<String>> KNOWN =
      Map.of(
          "police.uk street", HeaderRecognizer.STREET,
          "police.uk outcomes", HeaderRecognizer.OUTCOMES);

  /**
   * The nearest known header, when the file shares at least half of its columns (fewer, and it is
   * some other file altogether).
   */
  static Optional<HeaderDiff> nearest(List<String> header) {
    List<String> norm = HeaderRecognizer.normalise(header);
    Set<String> present = Set.copyOf(norm);
    HeaderDiff best = null;
    long bestDistance = Long.MAX_VALUE;
    for (String name : List.of("police.uk street", "police.uk outcomes")) {
      List<String> known = KNOWN.get(name);
      Set<String> knownNorm = Set.copyOf(HeaderRecognizer.normalise(known));
      long shared = knownNorm.stream().filter(present::contains).count();
      // Columns in one header and not the other: the fewer, the nearer.
      long distance = knownNorm.size() + present.size() - 2 * shared;
      if (shared * 2 >= known.size() && distance < bestDistance) {
        best = diff(name, known, header, norm);
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static HeaderDiff diff(
      String name, List<String> known, List<String> header, List<String> norm) {
    List<String> knownNorm = HeaderRecognizer.normalise(known);
    List<Integer> missingAt = new ArrayList<>();
    for (int i = 0; i < known.size(); i++) {
      if (!norm.contains(knownNorm.get(i))) {
        missingAt.add(i);
      }
    }
    List<Integer> extraAt = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!knownNorm.contains(norm.get(i))) {
        extraAt.add(i);
      }
    }
    // A missing column whose place holds an extra one was renamed.
    Map<String, String> renamed = new java.util.LinkedHashMap<>();
    for (Integer i : List.copyOf(missingAt)) {
      if (extraAt.contains(i)) {
        renamed.put(known.get(i), header.get(i));
        missingAt.remove(i);
        extraAt.remove(i);
      }
    }
    return new HeaderDiff(
        name,
        known,
        missingAt.stream().map(known::get).toList(),
        extraAt.stream().map(header::get).toList(),
        renamed);
  }

  /** "missing 'Context'; extra 'Notes'; 'Crime type' is 'Offence' here", or the order differs. */
  String differences() {
    List<String> parts = new ArrayList<>();
    if (!renamed.isEmpty()) {
      parts.add(
          "renamed "
              + renamed.entrySet().stream()
                  .map(e -> "'" + e.getKey() + "' as '" + e.getValue() + "'")
                  .collect(Collectors.joining(", ")));
    }
    if (!missing.isEmpty()) {
      parts.add("missing " + quoted(missing));
    }
    if (!extra.isEmpty()) {
      parts.add("extra " + quoted(extra));
    }
    return parts.isEmpty() ? "the same columns in another order" : String.join("; ", parts);
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
  }
}
