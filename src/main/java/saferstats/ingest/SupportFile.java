package saferstats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import saferstats.model.UserError;

/** Checks a supporting table's path (--population, --lookup, --lsoa-lookup) before reading it. */
final class SupportFile {
  private SupportFile() {}

  static void check(Path path, String option) {
    if (!Files.exists(path)) {
      throw UserError.input("no such file: " + path, "check the " + option + " path");
    }
    if (Files.isDirectory(path)) {
      throw UserError.input(
          path + " is a folder; " + option + " takes one CSV file", "name the file inside it");
    }
  }
}
