package saferstats.harm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.InputKind;
import saferstats.model.ResourceCsv;

/**
 * What harm is weighed by: severity weights per offence code, the forces' offence mix that brings
 * them to source categories, and the joins between the sources' names (SPEC 4.8). The weights and
 * the mix are shipped in the jar (ONS Crime Severity Score; Home Office offence-code table 2019/20,
 * both OGL v3.0); {@link #with} swaps in a user's weights.
 */
public record HarmBasis(SeverityWeights weights, OffenceMix mix, OffenceCodes codes) {
  static final String WEIGHTS = OffenceCodes.DIR + "css-weights.csv";
  static final String MIX = OffenceCodes.DIR + "offence-mix-2019-20.csv";

  /** The financial year of the shipped offence mix. */
  public static final String MIX_YEAR = "2019/20";

  /** The attribution every output that prints harm carries. */
  public static final String ATTRIBUTION =
      "Contains public sector information licensed under the Open Government Licence v3.0 (ONS"
          + " Crime Severity Score; Home Office police recorded crime by offence code).";

  /** The ONS Crime Severity Score and the 2019/20 offence mix shipped in the jar. */
  public static HarmBasis shipped() {
    List<CSVRecord> weightRows = ResourceCsv.read(WEIGHTS);
    Map<String, Double> css = new HashMap<>();
    weightRows.forEach(r -> css.put(r.get("code"), Double.parseDouble(r.get("weight"))));
    Map<String, Map<String, Long>> byForce = new HashMap<>();
    for (CSVRecord r : ResourceCsv.read(MIX)) {
      String code = r.get("code");
      r.toMap()
          .forEach(
              (force, n) -> {
                if (!force.equals("code")) {
                  byForce.computeIfAbsent(force, f -> new HashMap<>()).put(code, Long.parseLong(n));
                }
              });
    }
    return new HarmBasis(
        new SeverityWeights(SeverityWeights.ONS_CSS, css),
        new OffenceMix(MIX_YEAR, byForce),
        OffenceCodes.shipped(weightRows));
  }

  /** The same mix and joins with other weights. */
  public HarmBasis with(SeverityWeights other) {
    return new HarmBasis(other, mix, codes);
  }

  /**
   * A category's average weight for the force {@code homeOfficeForce} (as the mix names it), or a
   * weight of none with the reason.
   */
  public CategoryWeight weight(InputKind kind, String category, String homeOfficeForce) {
    if (kind == InputKind.POLICE_UK && !OffenceCodes.isCrime(kind, category)) {
      return CategoryWeight.none(category, "anti-social behaviour is not crime: it has no weight");
    }
    return codes
        .of(kind, category)
        .map(c -> weight(category, c, homeOfficeForce))
        .orElseGet(() -> CategoryWeight.none(category, noCodes(kind)));
  }

  /**
   * Over the force's mix; where the force recorded none of the category's codes that year (the
   * Metropolitan Police and death by driving, 2019/20), over every force's mix instead, said.
   */
  private CategoryWeight weight(String category, OffenceCodes.Codes c, String force) {
    CategoryWeight own = CategoryWeight.of(category, c.codes(), mix.of(force), weights, c.note());
    if (own.offences() > 0 || own.unweightedOffences() > 0) {
      return own;
    }
    String note =
        "the force recorded none of its offence codes in "
            + mix.year()
            + ": averaged over every force's mix"
            + (c.note() == null ? "" : "; " + c.note());
    return CategoryWeight.of(category, c.codes(), mix.allForces(), weights, note);
  }

  private static String noCodes(InputKind kind) {
    return switch (kind) {
      case POLICE_UK -> "a legacy police.uk type with no Home Office offence codes of its own";
      case MPS -> "no one-for-one Home Office offence codes for this MPS category";
      default -> "no severity weight of its own (" + kind.id() + " category)";
    };
  }
}
