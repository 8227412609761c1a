package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import saferstats.analysis.PriorityMatrix;

/** The matrix's peer cell of an area ranked on change (review finding 20): its rank, not "—". */
class MatrixPeerCellTest {
  @Test
  void anAreaRankedOnChangeShowsItsChangeRank() {
    // The City's shoplifting with --compare: its change (+91.1 %) 32nd of 33 changes, 1 = the
    // largest fall, interval 28–33; no funnel.
    assertThat(
            BriefingViews.peer(
                new PriorityMatrix.PeerPosition(
                    32,
                    28,
                    33,
                    33,
                    null,
                    "residents are not the population at risk, so the area is compared with its"
                        + " peers on change, not rate")))
        .isEqualTo("change 32 of 33 (28–33)");
  }
}
