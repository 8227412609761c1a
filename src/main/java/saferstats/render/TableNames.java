package saferstats.render;

import java.util.Collection;
import java.util.List;

/** Which list {@code --table NAME} means: its full path, or a last segment only one list has. */
final class TableNames {
  private TableNames() {}

  static String resolve(String name, Collection<String> paths, String command) {
    if (paths.contains(name)) {
      return name;
    }
    List<String> matches = paths.stream().filter(p -> p.endsWith("." + name)).toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    throw Csv.noSuchTable(name, command, paths);
  }
}
