package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import saferstats.analysis.PriorityTrend;

/**
 * The priority matrix's Change column carries the summary's marks, and "—" means one thing (review
 * finding 20).
 */
class MatrixMarksTest {
  @Test
  void aChangeCarriesTheMarksThatQualifyItNotTheRatesOrComparators() {
    Set<SummaryFlags.Kind> used = EnumSet.noneOf(SummaryFlags.Kind.class);
    // The City's shoplifting: +91.1 % after a step, the force's unlocated share moved; its ¶
    // (rate) and ‡ (comparator) are not the change's marks.
    assertThat(
            BriefingViews.change(
                91.1,
                List.of(
                    PriorityTrend.STEP,
                    PriorityTrend.RESIDENT_DENOMINATOR,
                    PriorityTrend.COMPARATOR_TOO_SMALL,
                    PriorityTrend.UNLOCATED_SHARE_CHANGED),
                used))
        .isEqualTo("+91.1% † #");
    // ASB: -47.6 %, abrupt months and a step.
    assertThat(
            BriefingViews.change(
                -47.6, List.of(PriorityTrend.STEP, PriorityTrend.ABRUPT_MONTH), used))
        .isEqualTo("-47.6% * †");
    assertThat(BriefingViews.change(1.3, List.of(PriorityTrend.RESIDENT_DENOMINATOR), used))
        .isEqualTo("+1.3%");
    assertThat(used)
        .containsExactly(
            SummaryFlags.Kind.ABRUPT, SummaryFlags.Kind.STEP, SummaryFlags.Kind.UNLOCATED);
  }

  @Test
  void oneDashFootnoteHoweverManyReasons() {
    Map<String, List<String>> one = new LinkedHashMap<>();
    one.put("not ranked: a month of the window is missing, or no peer has a rate", List.of("A"));
    assertThat(BriefingViews.absentNote(one))
        .containsExactly("— not ranked: a month of the window is missing, or no peer has a rate.");
    Map<String, List<String>> two = new LinkedHashMap<>(one);
    two.put("compared with its peers on all crime only", List.of("Anti-social behaviour", "B"));
    assertThat(BriefingViews.absentNote(two))
        .containsExactly(
            "— not ranked among the peers: a month of the window is missing, or no peer has a rate"
                + " (A); compared with its peers on all crime only (Anti-social behaviour, B).");
  }
}
