package saferstats.harm;

import java.util.Collection;
import java.util.Map;

/**
 * A source category's average severity weight for one force: Σ (offences × weight) / Σ offences
 * over the category's offence codes in the force's mix. Codes the weights leave out are left out of
 * both sums and counted in {@code unweightedOffences}, so the average is of the weighted ones.
 *
 * @param average the average weight, or null (then {@code reason} says why)
 * @param offences the force's offences of the category's weighted codes in the mix's year
 * @param unweightedOffences the force's offences of the category's codes with no weight
 * @param note a caveat of the category's mapping to offence codes, or null
 */
public record CategoryWeight(
    String category,
    Double average,
    long offences,
    long unweightedOffences,
    String reason,
    String note) {

  /** A category with no weight, and why. */
  public static CategoryWeight none(String category, String reason) {
    return new CategoryWeight(category, null, 0, 0, reason, null);
  }

  /** The average over {@code codes} of the force's {@code mix}, by {@code weights}. */
  public static CategoryWeight of(
      String category,
      Collection<String> codes,
      Map<String, Long> mix,
      SeverityWeights weights,
      String note) {
    double weighted = 0;
    long offences = 0;
    long unweighted = 0;
    for (String code : codes) {
      long n = mix.getOrDefault(code, 0L);
      Double w = weights.of(code);
      if (w == null) {
        unweighted += n;
      } else {
        weighted += n * w;
        offences += n;
      }
    }
    if (offences == 0) {
      return new CategoryWeight(
          category,
          null,
          0,
          unweighted,
          unweighted == 0
              ? "the force recorded none of its offence codes in the mix's year"
              : "none of its offence codes has a weight in " + weights.name(),
          note);
    }
    return new CategoryWeight(category, weighted / offences, offences, unweighted, null, note);
  }
}
