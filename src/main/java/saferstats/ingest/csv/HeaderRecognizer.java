package saferstats.ingest.csv;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import saferstats.model.Names;
import saferstats.model.PriorityColumns;
import saferstats.model.SourceKind;

/** Recognises a file's kind by its header, never its name (SPEC 1). */
public final class HeaderRecognizer {
  /** The first nine columns, shared by street and outcomes files. */
  private static final List<String> SHARED =
      List.of(
          "Crime ID",
          "Month",
          "Reported by",
          "Falls within",
          "Longitude",
          "Latitude",
          "Location",
          "LSOA code",
          "LSOA name");

  public static final List<String> STREET =
      concat(SHARED, "Crime type", "Last outcome category", "Context");
  public static final List<String> OUTCOMES = concat(SHARED, "Outcome type");
  static final List<String> STOP_AND_SEARCH_START =
      List.of("Type", "Date", "Part of a policing operation", "Policing operation");

  private static final Map<SourceKind, List<String>> EXACT =
      Map.of(SourceKind.POLICE_UK_STREET, STREET, SourceKind.POLICE_UK_OUTCOMES, OUTCOMES);

  private HeaderRecognizer() {}

  private static List<String> concat(List<String> first, String... more) {
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  /** The kind this header belongs to, or empty. Case, spaces and a BOM make no difference. */
  public static Optional<SourceKind> recognise(List<String> header) {
    List<String> norm = normalise(header);
    for (Map.Entry<SourceKind, List<String>> e : EXACT.entrySet()) {
      if (norm.equals(normalise(e.getValue()))) {
        return Optional.of(e.getKey());
      }
    }
    if (norm.size() >= 2 && norm.get(0).equals("code") && norm.get(1).equals("population")) {
      return Optional.of(SourceKind.POPULATION_TABLE);
    }
    if (norm.stream().anyMatch(h -> h.matches("(lsoa|msoa|wd|lad)\\d\\dcd"))
        && norm.stream()
            .map(h -> h.replaceAll("[^a-z]", ""))
            .anyMatch(h -> h.equals("personsallages") || h.equals("allages"))) {
      return Optional.of(SourceKind.POPULATION_TABLE);
    }
    boolean lsoaCode = norm.stream().anyMatch(h -> h.matches("lsoa(11|21)cd"));
    if (lsoaCode && norm.contains("geometry")) {
      return Optional.of(SourceKind.BOUNDARIES);
    }
    if (lsoaCode) {
      return Optional.of(SourceKind.LOOKUP_TABLE);
    }
    if (norm.equals(List.of("section", "key", "figure", "value"))) {
      return Optional.of(SourceKind.SAFERSTATS_REPORT);
    }
    if (norm.equals(PriorityColumns.HEADER)) {
      return Optional.of(SourceKind.PRIORITY_SET);
    }
    if (MpsDashboardLayout.of(header).isPresent()) {
      return Optional.of(SourceKind.MPS_DASHBOARD);
    }
    List<String> sas = normalise(STOP_AND_SEARCH_START);
    if (norm.size() >= sas.size() && norm.subList(0, sas.size()).equals(sas)) {
      return Optional.of(SourceKind.POLICE_UK_STOP_AND_SEARCH);
    }
    return Optional.empty();
  }

  static List<String> normalise(List<String> header) {
    return Names.columns(header);
  }

  static String normaliseName(String name) {
    return Names.column(name);
  }

  /** What the error message lists as the headers saferstats knows. */
  public static String expected() {
    return "police.uk street ("
        + String.join(",", STREET)
        + "), police.uk outcomes ("
        + String.join(",", OUTCOMES)
        + ") or police.uk stop and search ("
        + String.join(",", STOP_AND_SEARCH_START)
        + ",…) or an MPS London Datastore table (MajorText,MinorText,BoroughName or LookUp_BoroughName,"
        + " or Borough,Major Category,Minor Category, then YYYYMM month columns)";
  }
}
