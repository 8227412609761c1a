package saferstats.cli;

import java.util.Map;
import java.util.Set;
import saferstats.analysis.CategoriesReport;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.QuarterlyReport;
import saferstats.analysis.TrendsReport;
import saferstats.load.AreaTable;
import saferstats.render.Json;

/**
 * Class initialisation an area command will need, begun on another thread the moment the JVM
 * starts, so it overlaps picocli's setup and the reading of the inputs instead of following them.
 * Tablesaw's {@code Table} scans the classpath for its readers and writers when first touched
 * (ClassGraph, about a third of a second on a warm rerun), and Jackson builds its serializers by
 * reflection (those of the command's report too, when it is written as JSON or CSV). The work is
 * the same work the command would do; only its timing changes, and a failure here is met again, and
 * reported, where the command does it.
 */
final class Warmup {
  private static final Set<String> AREA_COMMANDS =
      Set.of("trends", "quarterly", "hotspots", "report", "categories");

  /** Each command's report, as Jackson writes it. */
  private static final Map<String, Class<?>> REPORTS =
      Map.of(
          "trends",
          TrendsReport.class,
          "quarterly",
          QuarterlyReport.class,
          "hotspots",
          HotspotsReport.class,
          "categories",
          CategoriesReport.class);

  /** Commands that always read the area's single rows, as a table. */
  private static final Set<String> TABLE_COMMANDS = Set.of("hotspots", "report");

  private Warmup() {}

  /** Starts the warm-up for {@code args}' command when it is an area command. */
  static void start(String[] args) {
    if (args.length == 0 || !AREA_COMMANDS.contains(args[0])) {
      return;
    }
    boolean table = needsTable(args);
    Class<?>[] reports = reports(args);
    Thread thread = new Thread(() -> run(table, reports), "saferstats-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Whether the command will build the area's table: the place-based commands do, and the others
   * only for the population and lookup notes, which read single rows. (MPS tables and local records
   * build theirs as they load, unwarmed: the arguments do not say what the inputs hold.) A warm-up
   * of a table the command never builds would cost a second core a classpath scan for nothing.
   */
  static boolean needsTable(String[] args) {
    if (TABLE_COMMANDS.contains(args[0])) {
      return true;
    }
    for (String a : args) {
      if (a.startsWith("--population") || a.startsWith("--lookup")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The report class whose JSON serializers to build ahead, when the output is JSON or CSV (both
   * written through Jackson's tree), else none.
   */
  static Class<?>[] reports(String[] args) {
    Class<?> report = REPORTS.get(args[0]);
    boolean jackson = false;
    for (int i = 0; i < args.length; i++) {
      String f =
          args[i].startsWith("--format=")
              ? args[i].substring("--format=".length())
              : args[i].equals("--format") && i + 1 < args.length ? args[i + 1] : null;
      if (f != null) {
        jackson = f.equals("json") || f.equals("csv");
      }
    }
    return report != null && jackson ? new Class<?>[] {report} : new Class<?>[0];
  }

  private static void run(boolean table, Class<?>[] reports) {
    try {
      if (table) {
        AreaTable.warm();
      }
      Json.warm(reports);
    } catch (RuntimeException | LinkageError e) {
      // The command meets the same failure on its own thread and reports it there.
    }
  }
}
