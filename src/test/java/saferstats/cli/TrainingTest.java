package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingTest {
  @Test
  void everyTrainingCommandSucceedsOnTheSampleData() throws Exception {
    // The launcher archives the classes these five runs load; one failing early would leave the
    // classes of the commands after it out of the archive, silently.
    assertThat(Training.run("sample-data")).containsExactly(0, 0, 0, 0, 0);
  }
}
