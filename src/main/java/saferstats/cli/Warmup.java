package saferstats.cli;

import java.util.Set;
import saferstats.load.AreaTable;
import saferstats.render.Json;

/**
 * Class initialisation an area command will need, begun on another thread the moment the JVM
 * starts, so it overlaps picocli's setup and the reading of the inputs instead of following them.
 * Tablesaw's {@code Table} scans the classpath for its readers and writers when first touched
 * (ClassGraph, about a third of a second on a warm rerun), and Jackson builds its serializers by
 * reflection. The work is the same work the command would do; only its timing changes, and a
 * failure here is met again, and reported, where the command does it.
 */
final class Warmup {
  private static final Set<String> AREA_COMMANDS =
      Set.of("trends", "quarterly", "hotspots", "report", "categories");

  private Warmup() {}

  /** Starts the warm-up for {@code args}' command when it is one that builds an area table. */
  static void start(String[] args) {
    if (args.length == 0 || !AREA_COMMANDS.contains(args[0])) {
      return;
    }
    Thread thread = new Thread(Warmup::run, "saferstats-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    try {
      AreaTable.warm();
      Json.warm();
    } catch (RuntimeException | LinkageError e) {
      // The command meets the same failure on its own thread and reports it there.
    }
  }
}
