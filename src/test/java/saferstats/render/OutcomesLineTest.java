package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.analysis.OutcomeFigures;
import saferstats.analysis.OutcomeFigures.Share;

/** The report's outcomes line (review finding 18): charge or summons always, no bare "Other". */
class OutcomesLineTest {
  private static OutcomeFigures figures(long... counts) {
    String[][] groups = {
      {"charge-summons", "Charge or summons"},
      {"other-sanction", "Other sanction"},
      {"no-suspect", "No suspect identified"},
      {"unable-to-prosecute", "Unable to prosecute"},
      {"under-investigation", "Under investigation"},
      {"other", "Other"}
    };
    long with = java.util.Arrays.stream(counts).sum();
    List<Share> shares = new java.util.ArrayList<>();
    for (int i = 0; i < groups.length; i++) {
      shares.add(
          new Share(
              groups[i][0], groups[i][1], counts[i], Math.round(1000.0 * counts[i] / with) / 10.0));
    }
    return new OutcomeFigures(with, with, null, "street-last-outcome", shares);
  }

  @Test
  void chargeOrSummonsComesFirstAndOtherSaysWhatItHolds() {
    // The City's bicycle thefts, 219 with an outcome: charge 6, no suspect 156, unable to prosecute
    // 4, under investigation 38, status update unavailable or another organisation 15.
    // 6/219 = 2.7 %, 156/219 = 71.2 %, 38/219 = 17.4 %, 15/219 = 6.8 %; left: unable 4/219 = 1.8 %.
    assertThat(ReportSections.outcomes(figures(6, 0, 156, 4, 38, 15)))
        .isEqualTo(
            "Outcomes of the current 12 months' 219 crimes with one: Charge or summons 2.7%;"
                + " No suspect identified 71.2%; Under investigation 17.4%; Status update"
                + " unavailable or passed to another organisation 6.8%; the other 1.8%: unable"
                + " to prosecute.");
  }

  @Test
  void noChargeIsSaidAsNoneAndTheRestNamesEachGroup() {
    // 40 crimes: no suspect 20 (50.0 %), under investigation 10 (25.0 %), unable 5 (12.5 %),
    // other sanction 3 and other 2 left: 5/40 = 12.5 %. No charge at all: "none", still shown.
    assertThat(ReportSections.outcomes(figures(0, 3, 20, 5, 10, 2)))
        .isEqualTo(
            "Outcomes of the current 12 months' 40 crimes with one: Charge or summons none;"
                + " No suspect identified 50.0%; Under investigation 25.0%; Unable to prosecute"
                + " 12.5%; the other 12.5%: other sanction, status update unavailable or passed to"
                + " another organisation.");
  }
}
