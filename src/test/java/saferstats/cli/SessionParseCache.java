package saferstats.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One parse cache for a whole test run, empty when the run starts and deleted when it ends: the
 * build sets {@code saferstats.cache=session}, and this listener swaps it for a new temporary
 * folder. The first command over an input parses it; the others read it from the cache, as a user's
 * rerun does (CachedOutputsMatchTest holds every output equal either way). Never the user's cache,
 * and never a cache a previous build wrote. Commands that report where each input came from ({@code
 * inspect}) read without it: see {@link Cli#run}.
 */
public final class SessionParseCache implements LauncherSessionListener {
  private static final String PROPERTY = "saferstats.cache";
  private Path folder;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"session".equals(System.getProperty(PROPERTY))) {
      return;
    }
    try {
      folder = Files.createTempDirectory("saferstats-test-cache");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty(PROPERTY, folder.toString());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
