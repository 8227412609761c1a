package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static saferstats.stats.HotspotClass.EMERGING;
import static saferstats.stats.HotspotClass.FORMER;
import static saferstats.stats.HotspotClass.INTERMITTENT;
import static saferstats.stats.HotspotClass.NONE;
import static saferstats.stats.HotspotClass.PERSISTENT;

import org.junit.jupiter.api.Test;

/** K = 8 periods written oldest first as H (hot) and . (not hot). */
class HotspotClassTest {
  @Test
  void persistentIsHotInThreeQuartersIncludingTheLatest() {
    // 6 of 8 = 75 % with the latest: persistent; 8 of 8 too.
    assertThat(classify("..HHHHHH")).isEqualTo(PERSISTENT);
    assertThat(classify("HHHHHHHH")).isEqualTo(PERSISTENT);
    assertThat(classify("H.H.HHHH")).isEqualTo(PERSISTENT);
    // 5 of 8 = 62.5 % with the latest: not persistent, and 4 earlier ≥ 25 %: intermittent.
    assertThat(classify("...HHHHH")).isEqualTo(INTERMITTENT);
  }

  @Test
  void sixOfEightWithoutTheLatestIsNotPersistent() {
    // Latest two cold, the first six all hot: former.
    assertThat(classify("HHHHHH..")).isEqualTo(FORMER);
    // Latest cold but the one before hot: neither persistent nor former.
    assertThat(classify("HHHHHHH.")).isEqualTo(INTERMITTENT);
  }

  @Test
  void emergingIsHotNowAndInUnderAQuarterOfTheSevenBefore() {
    // Earlier 7: 0 and 1 hot are under 7/4 = 1.75; 2 hot is not.
    assertThat(classify(".......H")).isEqualTo(EMERGING);
    assertThat(classify("..H....H")).isEqualTo(EMERGING);
    assertThat(classify("..H..H.H")).isEqualTo(INTERMITTENT);
  }

  @Test
  void formerIsColdInTheLatestTwoAndHotInAtLeastHalfOfTheSixBefore() {
    // First six: 3 hot is half; 2 is not.
    assertThat(classify("H.H.H...")).isEqualTo(FORMER);
    assertThat(classify("H...H...")).isEqualTo(INTERMITTENT);
  }

  @Test
  void noneIsNeverHot() {
    assertThat(classify("........")).isEqualTo(NONE);
    assertThat(classify("......H.")).isEqualTo(INTERMITTENT);
  }

  @Test
  void tooShortAHistoryIsRefused() {
    assertThatThrownBy(() -> HotspotClass.classify(new boolean[] {true, true}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static HotspotClass classify(String periods) {
    boolean[] hot = new boolean[periods.length()];
    for (int i = 0; i < hot.length; i++) {
      hot[i] = periods.charAt(i) == 'H';
    }
    return HotspotClass.classify(hot);
  }
}
