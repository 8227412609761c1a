package saferstats.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import saferstats.analysis.Assessment;
import saferstats.analysis.PriorityTrend;
import saferstats.analysis.WardBasis;
import saferstats.harm.SeverityWeights;

/**
 * The attribution lines the Open Government Licence asks of the sources this report actually read,
 * and only those: a City report from police.uk files names no Metropolitan Police data.
 */
final class ReportAttribution {
  static final String POLICE_UK =
      "Contains police.uk data published under the Open Government Licence v3.0.";
  static final String MPS =
      "Contains Metropolitan Police Service data (London Datastore) published under the Open"
          + " Government Licence v3.0.";
  static final String HOME_OFFICE =
      "Contains Home Office police recorded crime data published under the Open Government"
          + " Licence v3.0.";
  static final String HARM =
      "Harm weights: contains public sector information licensed under the Open Government"
          + " Licence v3.0 (ONS Crime Severity Score; Home Office police recorded crime by offence"
          + " code, 2019/20).";
  static final String ONS =
      "Source: Office for National Statistics licensed under the Open Government Licence v3.0.";
  static final String OS = "Contains OS data © Crown copyright and database right 2022.";

  private ReportAttribution() {}

  /**
   * @param alsoRead source kinds read beside the area's inputs ({@code --compare}'s), by their
   *     {@code SourceKind} ids
   */
  static List<String> of(Assessment a, Collection<String> alsoRead) {
    Set<String> kinds = new TreeSet<>(alsoRead);
    a.inputs().forEach(i -> kinds.add(i.input().kind()));
    List<PriorityTrend> priorities = a.trends().priorities();
    List<String> lines = new ArrayList<>();
    if (kinds.stream().anyMatch(k -> k.startsWith("police-uk"))) {
      lines.add(POLICE_UK);
    }
    if (kinds.stream().anyMatch(k -> k.startsWith("mps"))) {
      lines.add(MPS);
    }
    if (kinds.contains("home-office")) {
      lines.add(HOME_OFFICE);
    }
    // The shipped weights are ONS and Home Office figures; a --weights file is the user's own.
    if (priorities.stream()
        .anyMatch(
            p -> p.harm() != null && p.harm().harm() != null && isShipped(p.harm().weights()))) {
      lines.add(HARM);
    }
    boolean population = priorities.stream().anyMatch(p -> p.rate() != null);
    boolean lookup =
        a.places().stream()
            .anyMatch(
                pp ->
                    pp.hotspots() != null
                        && pp.hotspots().wardBasis() != null
                        && WardBasis.BEST_FIT.equals(pp.hotspots().wardBasis().basis()));
    boolean boundaries = a.boundaries() != null;
    if (population || lookup || boundaries) {
      lines.add(boundaries ? ONS + " " + OS : ONS);
    }
    return lines;
  }

  private static boolean isShipped(String weights) {
    return SeverityWeights.ONS_CSS.equals(weights);
  }
}
