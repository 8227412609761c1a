package saferstats.sample;

import java.util.List;

/** The police.uk outcome category texts, and the mixes drawn from within each disposal. */
final class OutcomeTexts {
  static final String NO_SUSPECT = "Investigation complete; no suspect identified";
  static final String UNABLE = "Unable to prosecute suspect";
  static final String CHARGED_OTHER = "Suspect charged as part of another case";
  static final String OTHER_ORG = "Action to be taken by another organisation";

  private static final List<String> OUT_OF_COURT =
      List.of("Local resolution", "Offender given a caution", "Offender given penalty notice");
  private static final double[] OUT_OF_COURT_MIX = Rng.cumulative(new double[] {55, 35, 10});

  private static final List<String> DRUGS_OUT_OF_COURT =
      List.of(
          "Offender given a drugs possession warning",
          "Offender given a caution",
          "Local resolution",
          "Offender given penalty notice");
  private static final double[] DRUGS_OUT_OF_COURT_MIX =
      Rng.cumulative(new double[] {50, 20, 15, 15});

  private static final List<String> NOT_PUBLIC_INTEREST =
      List.of(
          "Formal action is not in the public interest",
          "Further action is not in the public interest",
          "Further investigation is not in the public interest");
  private static final double[] NOT_PUBLIC_INTEREST_MIX = Rng.cumulative(new double[] {5, 3, 2});

  private static final List<String> COURT =
      List.of(
          "Court result unavailable",
          "Offender sent to prison",
          "Offender fined",
          "Offender given community sentence",
          "Offender given suspended prison sentence",
          "Defendant found not guilty",
          "Offender given conditional discharge",
          "Court case unable to proceed",
          "Offender otherwise dealt with",
          "Offender ordered to pay compensation");
  private static final double[] COURT_MIX =
      Rng.cumulative(new double[] {28, 14, 14, 10, 8, 8, 6, 6, 4, 2});

  private OutcomeTexts() {}

  static String outOfCourt(Rng rng, boolean drugs) {
    return drugs
        ? DRUGS_OUT_OF_COURT.get(rng.pick(DRUGS_OUT_OF_COURT_MIX))
        : OUT_OF_COURT.get(rng.pick(OUT_OF_COURT_MIX));
  }

  static String notPublicInterest(Rng rng) {
    return NOT_PUBLIC_INTEREST.get(rng.pick(NOT_PUBLIC_INTEREST_MIX));
  }

  static String court(Rng rng) {
    return COURT.get(rng.pick(COURT_MIX));
  }
}
