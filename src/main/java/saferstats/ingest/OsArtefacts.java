package saferstats.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Files an operating system or Excel leaves beside downloads: macOS's AppleDouble {@code ._name}
 * files and {@code __MACOSX/} folder in zips, {@code .DS_Store}, Windows' {@code Thumbs.db} and
 * {@code desktop.ini}, Excel's {@code ~$name} lock files and LibreOffice's {@code .~lock.name#}.
 * They are named like the data beside them but hold none, so they are skipped with one note rather
 * than refused as binary files or non-CSV zip entries.
 */
final class OsArtefacts {
  private static final Set<String> NAMES = Set.of(".ds_store", "thumbs.db", "desktop.ini");

  /** How many skipped names the note lists before it only counts them. */
  private static final int LISTED = 5;

  private final List<String> skipped = new ArrayList<>();

  /**
   * True when {@code path} (a file path or an archive entry's name, with / or \ between folders) is
   * such a file; it is then remembered under {@code name} for the note.
   */
  boolean skip(String path, String name) {
    if (!is(path)) {
      return false;
    }
    skipped.add(name);
    return true;
  }

  static boolean is(String path) {
    String[] parts = path.split("[/\\\\]");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equals("__MACOSX")) {
        return true;
      }
    }
    String file = parts[parts.length - 1];
    String lower = file.toLowerCase(Locale.ROOT);
    return file.startsWith("._")
        || file.startsWith("~$")
        || (file.startsWith(".~lock.") && file.endsWith("#"))
        || NAMES.contains(lower);
  }

  /** The one note naming what was skipped, or none. */
  List<String> notes() {
    if (skipped.isEmpty()) {
      return List.of();
    }
    String listed = String.join(", ", skipped.subList(0, Math.min(LISTED, skipped.size())));
    String more = skipped.size() > LISTED ? " and " + (skipped.size() - LISTED) + " more" : "";
    return List.of(
        skipped.size()
            + (skipped.size() == 1 ? " file" : " files")
            + " that macOS, Windows or Excel leave beside downloads (metadata or lock files, not"
            + " data) "
            + (skipped.size() == 1 ? "was" : "were")
            + " skipped: "
            + listed
            + more
            + ".");
  }
}
