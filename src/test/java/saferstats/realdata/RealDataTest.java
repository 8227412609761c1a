package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the guard looks for the real data, and how it is hidden (no real data read here). */
class RealDataTest {
  @Test
  void noneInThePropertyOrTheEnvironmentHidesTheRealData() {
    assertThat(RealData.root("none", null)).isEmpty();
    assertThat(RealData.root("../shared/real-data", "none")).isEmpty();
    assertThat(RealData.root("none", "/data/real")).isEmpty();
  }

  @Test
  void theEnvironmentWinsOverThePropertyWhichTheBuildAlwaysSets() {
    assertThat(RealData.root("/from/pom", "/from/env")).contains(Path.of("/from/env"));
    assertThat(RealData.root("/from/pom", "")).contains(Path.of("/from/pom"));
    assertThat(RealData.root("/from/pom", null)).contains(Path.of("/from/pom"));
    // Run outside Maven (an IDE), neither is set: ../shared/real-data beside the checkout.
    assertThat(RealData.root(null, null)).contains(Path.of("../shared/real-data"));
  }
}
