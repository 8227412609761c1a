package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.analysis.Cautions;
import saferstats.analysis.PriorityTrend;
import saferstats.model.InputKind;
import saferstats.model.Month;

/** The summary's flags: a mark per flag in the row, one footnote per kind under the table. */
class SummaryFlagsTest {
  private static PriorityTrend flagged(String name, Cautions c, String... flags) {
    return new PriorityTrend(
        name,
        InputKind.POLICE_UK,
        null,
        true,
        false,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(flags),
        c,
        null,
        null,
        null);
  }

  @Test
  void marksInTheKindsOrderAndOneFootnotePerKindThatOccurs() {
    Cautions down =
        new Cautions(
            List.of(),
            new Cautions.Step(Month.of(2023, 3), Cautions.Direction.DOWN),
            List.of(),
            List.of());
    PriorityTrend asb =
        flagged(
            "Anti-social behaviour",
            down,
            PriorityTrend.RESIDENT_DENOMINATOR,
            PriorityTrend.STEP,
            PriorityTrend.COMPARATOR_TOO_SMALL);
    PriorityTrend drugs =
        flagged(
            "Drugs",
            new Cautions(List.of(), null, List.of(), List.of()),
            PriorityTrend.COMPARATOR_TOO_SMALL,
            PriorityTrend.RESIDENT_DENOMINATOR);
    // The kinds' order, whatever the flags' order: step †, comparator ‡, residents ¶.
    assertThat(SummaryFlags.cell(asb.flags())).isEqualTo("† ‡ ¶");
    assertThat(SummaryFlags.cell(drugs.flags())).isEqualTo("‡ ¶");
    assertThat(SummaryFlags.cell(List.of())).isEmpty();
    List<String> notes = SummaryFlags.footnotes(List.of(asb, drugs));
    assertThat(notes).hasSize(3);
    assertThat(notes.get(0))
        .startsWith("† step:")
        .endsWith("(Anti-social behaviour down from 2023-03).");
    // A flag on every row is said once for all of them.
    assertThat(notes.get(1))
        .isEqualTo(
            "‡ comparator too small: the rest of the force is smaller than the area, so its change"
                + " is mostly the area's own (every priority).");
    assertThat(notes.get(2)).startsWith("¶ residents are not the population at risk");
  }

  @Test
  void aSectionsFlagLinesReadAsWordsWithTheirMarks() {
    // The City's ASB lines as CautionsText gives them, then as the section prints them.
    assertThat(
            SummaryFlags.readable("abrupt-month 2023-08 (3 vs usual 54), 2023-09 (4 vs usual 48)"))
        .isEqualTo("* abrupt month 2023-08 (3 vs usual 54), 2023-09 (4 vs usual 48)");
    assertThat(SummaryFlags.readable("step down from 2023-03"))
        .isEqualTo("† step down from 2023-03");
    assertThat(SummaryFlags.readable("comparator-too-small"))
        .isEqualTo(
            "‡ comparator too small: the rest of the force is smaller than the area, so its change"
                + " is mostly the area's own.");
    assertThat(SummaryFlags.readable("unlocated-share-changed 6.7% → 12.8% of the force's"))
        .isEqualTo("# crimes with no place 6.7% → 12.8% of the force's");
    // A word mark takes a colon, as in the summary's footnotes; a splice's spans are said in words.
    assertThat(SummaryFlags.readable("small-numbers"))
        .isEqualTo("few: too few crimes (under 10) in a window to compare.");
    assertThat(SummaryFlags.readable("release-splice (12-months, trend)"))
        .isEqualTo(
            "‖ release splice of the 12-month comparison, the 36 months of the trend and control"
                + " chart (the months come from more than one MPS release, which may differ)");
    // A count that follows police activity: its mark and the verdict's own words.
    assertThat(SummaryFlags.readable("police-activity"))
        .isEqualTo(
            "° found by police: a count of crimes found mostly by police activity (stop and"
                + " search, operations), so it follows policing as much as offending.");
    // A line of no known kind is left as it is.
    assertThat(SummaryFlags.readable("missing months [2021-11]"))
        .isEqualTo("missing months [2021-11]");
  }
}
