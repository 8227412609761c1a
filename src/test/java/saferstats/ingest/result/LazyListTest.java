package saferstats.ingest.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyListTest {
  @Test
  void itsSizeIsKnownWithoutMakingItsElementsWhichAreMadeOnce() {
    AtomicInteger made = new AtomicInteger();
    List<String> lazy =
        LazyList.of(
            2,
            () -> {
              made.incrementAndGet();
              return List.of("a", "b");
            });
    assertThat(lazy.size()).isEqualTo(2);
    assertThat(lazy.isEmpty()).isFalse();
    assertThat(made.get()).isZero();
    assertThat(lazy).containsExactly("a", "b");
    assertThat(lazy.stream().toList()).isEqualTo(List.of("a", "b"));
    assertThat(lazy.get(1)).isEqualTo("b");
    assertThat(made.get()).isEqualTo(1);
  }
}
