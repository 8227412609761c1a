package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParseThreadsTest {
  private static final long MB = 1L << 20;

  @Test
  void theHeapBoundsTheThreadsOnAManyCoreMachine() {
    // 384 MB / 96 MB = 4 threads, though there are 16 cores and 36 inputs.
    assertThat(Ingest.parseThreads(16, 36, 384 * MB)).isEqualTo(4);
  }

  @Test
  void coresOrInputsBoundThemWhenFewer() {
    assertThat(Ingest.parseThreads(2, 36, 384 * MB)).isEqualTo(2);
    assertThat(Ingest.parseThreads(16, 1, 384 * MB)).isEqualTo(1);
    // A heap under one thread's share still reads, on one thread.
    assertThat(Ingest.parseThreads(16, 36, 64 * MB)).isEqualTo(1);
  }
}
