package saferstats.harm;

import java.util.List;
import java.util.Map;

/** Hand-made harm tables small enough to work out by hand, for the tests of harm. */
public final class HarmBasisFixtures {
  private HarmBasisFixtures() {}

  /**
   * Robbery: code 34B; violence: codes 8N and 105A; the MPS category Violence with Injury: 8N. The
   * force "Test" (police.uk "Test Constabulary") recorded 10 of 34B, 30 of 8N and 70 of 105A;
   * "Other" 5 of 34B and no violence.
   */
  public static HarmBasis tiny(SeverityWeights weights) {
    OffenceCodes codes =
        new OffenceCodes(
            Map.of(
                "34B",
                "ROBBERY",
                "8N",
                "VIOLENCE AND SEXUAL OFFENCES",
                "105A",
                "VIOLENCE AND SEXUAL OFFENCES"),
            Map.of(
                "VIOLENCE AGAINST THE PERSON/VIOLENCE WITH INJURY",
                new OffenceCodes.Codes(List.of("8N"), null)),
            Map.of("TEST CONSTABULARY", "Test"));
    OffenceMix mix =
        new OffenceMix(
            "2019/20",
            Map.of(
                "Test", Map.of("34B", 10L, "8N", 30L, "105A", 70L),
                "Other", Map.of("34B", 5L, "8N", 0L, "105A", 0L)));
    return new HarmBasis(weights, mix, codes);
  }
}
