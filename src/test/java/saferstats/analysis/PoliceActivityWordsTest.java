package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static saferstats.analysis.BriefingFixtures.END;
import static saferstats.analysis.BriefingFixtures.matrix;
import static saferstats.analysis.BriefingFixtures.priority;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count recorded mostly through police activity carries its caution wherever its verdict is read:
 * the verdict and its brief, the sentence, and a key finding, which is no finding without it.
 */
class PoliceActivityWordsTest {
  /** Drugs 784 vs 556 (Harrow, csp-2023, to 2025-07): 784 / 556 = 1.410, +41%, significant. */
  private static PriorityTrend drugs() {
    PriorityTrend p = priority("Drugs", 784, 556, null, null, Cautions.NONE);
    List<String> flags = new ArrayList<>(p.flags());
    flags.add(PriorityTrend.POLICE_ACTIVITY);
    return new PriorityTrend(
        p.name(),
        p.source(),
        p.group(),
        p.measurable(),
        p.approximate(),
        p.note(),
        p.monthly(),
        p.windows(),
        p.rate(),
        p.significance(),
        p.quarterSignificance(),
        p.trend(),
        p.control(),
        p.comparator(),
        List.copyOf(flags),
        p.cautions(),
        p.unlocated(),
        p.outcomes(),
        p.harm());
  }

  @Test
  void theVerdictSaysTheCountFollowsPoliceActivityAfterTheTestWord() {
    Verdict v = drugs().verdict();
    assertThat(v.text())
        .isEqualTo(
            "+41%, significant increase; a count of crimes found mostly by police activity (stop"
                + " and search, operations), so it follows policing as much as offending");
    assertThat(v.brief())
        .isEqualTo("significant increase; found mostly by police activity, so follows policing");
    // Without the flag, the same figures read as before.
    assertThat(priority("Drugs", 784, 556, null, null, Cautions.NONE).verdict().text())
        .isEqualTo("+41%, significant increase");
  }

  @Test
  void aKeyFindingOnSuchACountSaysSoInItsSentence() {
    List<KeyFindings.Finding> clean = KeyFindings.cleanChanges(matrix(drugs()), END, "the force");
    assertThat(clean).hasSize(1);
    assertThat(clean.get(0).sentence())
        .isEqualTo(
            "Drugs rose 41% in the 12 months to June 2024 (784 vs 556), a statistically"
                + " significant increase; a count of crimes found mostly by police activity (stop"
                + " and search, operations), so it follows policing as much as offending.");
    // A sentence that leaves the caution out is not a finding.
    assertThat(
            KeyFindings.namesItsCautions(
                "Drugs rose 41% in the 12 months to June 2024 (784 vs 556).", drugs()))
        .isFalse();
  }
}
