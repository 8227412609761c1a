package saferstats.cli;

import java.time.Clock;
import picocli.CommandLine;

/**
 * Creates commands and their option groups for picocli, handing the clock to those that need
 * today's date, so tests can fix it without static state.
 */
final class CommandFactory implements CommandLine.IFactory {
  private final Clock clock;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Clock clock) {
    this.clock = clock;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    if (cls == InputOptions.class) {
      return cls.cast(new InputOptions(clock));
    }
    return fallback.create(cls);
  }
}
