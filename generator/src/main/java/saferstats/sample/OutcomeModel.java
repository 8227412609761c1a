package saferstats.sample;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a crime's outcome history: which disposal (no suspect, unable to prosecute, out of court,
 * charged ...) with rates by crime type, and when (0-6 months after the crime).
 */
final class OutcomeModel {
  /** Disposal classes, in the column order of {@link #MIX}. */
  private enum Disposal {
    NO_SUSPECT,
    UNABLE,
    OUT_OF_COURT,
    CHARGED,
    CHARGED_OTHER,
    NOT_PUBLIC_INTEREST,
    OTHER_ORG,
    STATUS_UNAVAILABLE
  }

  // Drugs and shoplifting are mostly detected on the spot, so they have high charge and
  // out-of-court rates; burglary and vehicle crime rarely have a suspect.
  private static final Map<CrimeType, double[]> MIX = new EnumMap<>(CrimeType.class);

  static {
    MIX.put(CrimeType.BICYCLE, new double[] {.82, .06, .01, .02, 0, .01, .01, .07});
    MIX.put(CrimeType.BURGLARY, new double[] {.74, .12, .01, .04, .01, .01, 0, .07});
    MIX.put(CrimeType.CRIMINAL_DAMAGE, new double[] {.66, .17, .04, .03, 0, .02, .01, .07});
    MIX.put(CrimeType.DRUGS, new double[] {.02, .14, .44, .25, .01, .07, 0, .07});
    MIX.put(CrimeType.OTHER_CRIME, new double[] {.18, .44, .05, .12, .01, .04, .09, .07});
    MIX.put(CrimeType.OTHER_THEFT, new double[] {.70, .13, .02, .04, .01, .01, .02, .07});
    MIX.put(CrimeType.WEAPONS, new double[] {.08, .30, .12, .36, .01, .06, 0, .07});
    MIX.put(CrimeType.PUBLIC_ORDER, new double[] {.24, .48, .06, .06, 0, .05, .04, .07});
    MIX.put(CrimeType.ROBBERY, new double[] {.60, .20, .01, .10, .01, .01, 0, .07});
    MIX.put(CrimeType.SHOPLIFTING, new double[] {.38, .20, .10, .22, .01, .02, 0, .07});
    MIX.put(CrimeType.THEFT_PERSON, new double[] {.80, .08, .01, .03, 0, .01, 0, .07});
    MIX.put(CrimeType.VEHICLE, new double[] {.85, .05, 0, .02, 0, 0, .01, .07});
    MIX.put(CrimeType.VIOLENCE, new double[] {.10, .58, .08, .08, 0, .06, .03, .07});
    MIX.replaceAll((type, weights) -> Rng.cumulative(weights));
  }

  /** Months from crime to a one-step outcome, 0..6, mostly soon. */
  private static final double[] LAG = Rng.cumulative(new double[] {38, 24, 14, 9, 7, 5, 3});

  private static final double[] CHARGE_LAG = Rng.cumulative(new double[] {4, 3, 2, 1});
  private static final int MAX_LAG = 6;

  private OutcomeModel() {}

  /** Outcome history for a crime (never called for ASB, which has no outcome). */
  static CrimeOutcome draw(Rng rng, CrimeType type, YearMonth month) {
    Disposal disposal = Disposal.values()[rng.pick(MIX.get(type))];
    return switch (disposal) {
      case STATUS_UNAVAILABLE -> new CrimeOutcome(List.of(), true);
      case CHARGED -> charged(rng, month);
      default -> single(month.plusMonths(rng.pick(LAG)), text(rng, disposal, type));
    };
  }

  private static CrimeOutcome charged(Rng rng, YearMonth month) {
    int chargeLag = rng.pick(CHARGE_LAG);
    int courtLag = Math.min(MAX_LAG, chargeLag + 1 + rng.below(4));
    return new CrimeOutcome(
        List.of(
            new OutcomeEvent(month.plusMonths(chargeLag), CrimeOutcome.CHARGED),
            new OutcomeEvent(month.plusMonths(courtLag), OutcomeTexts.court(rng))),
        false);
  }

  private static CrimeOutcome single(YearMonth when, String text) {
    return new CrimeOutcome(List.of(new OutcomeEvent(when, text)), false);
  }

  private static String text(Rng rng, Disposal disposal, CrimeType type) {
    return switch (disposal) {
      case NO_SUSPECT -> OutcomeTexts.NO_SUSPECT;
      case UNABLE -> OutcomeTexts.UNABLE;
      case OUT_OF_COURT -> OutcomeTexts.outOfCourt(rng, type == CrimeType.DRUGS);
      case CHARGED_OTHER -> OutcomeTexts.CHARGED_OTHER;
      case NOT_PUBLIC_INTEREST -> OutcomeTexts.notPublicInterest(rng);
      case OTHER_ORG -> OutcomeTexts.OTHER_ORG;
      default -> throw new IllegalStateException("no single text for " + disposal);
    };
  }
}
