package saferstats.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the parse cache lives: {@code --cache DIR}; else the {@code saferstats.cache} system
 * property (the test build sets it to {@code none}, so tests never touch the user's cache); else
 * {@code $XDG_CACHE_HOME/saferstats}; else {@code ~/.cache/saferstats}. {@code --no-cache}: none.
 */
final class CacheLocation {
  /** The system property's value that turns the cache off. */
  static final String NONE = "none";

  private CacheLocation() {}

  static Optional<Path> of(InputOptions in) {
    if (in.noCache) {
      return Optional.empty();
    }
    if (in.cache != null) {
      return Optional.of(Path.of(in.cache));
    }
    String property = System.getProperty("saferstats.cache");
    if (property != null && !property.isBlank()) {
      return property.equals(NONE) ? Optional.empty() : Optional.of(Path.of(property));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "saferstats"));
    }
    return Optional.of(Path.of(System.getProperty("user.home"), ".cache", "saferstats"));
  }

  /**
   * The product version as the cache knows it: the release, and when the code was built, so that a
   * rebuilt jar of the same version number does not read entries an older build wrote.
   */
  static String productVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return (v == null ? "development" : v) + " built " + codeBuilt();
  }

  private static String codeBuilt() {
    try {
      Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.getLastModifiedTime(code).toString();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }
}
