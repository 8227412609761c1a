package saferstats.model;

import java.util.List;
import java.util.Optional;

/**
 * The months a police.uk file's name and its folder say ({@code 2024-01/2024-01-x-street.csv}).
 * They never decide the file's month (its rows do, SPEC 1); they break a tie between its rows'
 * months, and a name that disagrees with the rows is worth a warning: the file may not be the
 * download the user meant.
 */
public record MonthNames(Optional<Month> file, Optional<Month> folder) {
  /** The months in the last two parts of an input's name (a path, or an archive entry's). */
  public static MonthNames of(String name) {
    String[] parts = name.split("[/\\\\!]");
    String file = parts[parts.length - 1];
    String folder = parts.length > 1 ? parts[parts.length - 2] : "";
    return new MonthNames(Month.findIn(file), Month.findIn(folder));
  }

  /** The month the name says, else the folder. */
  public Optional<Month> month() {
    return file.isPresent() ? file : folder;
  }

  /**
   * A note when the name or folder says another month than {@code rowsMonth}, the month {@code
   * carried} of the file's {@code rows} valid rows carry; empty when they agree or say none.
   */
  public List<String> disagreement(String input, Month rowsMonth, long carried, long rows) {
    boolean nameOff = file.isPresent() && !file.get().equals(rowsMonth);
    boolean folderOff = folder.isPresent() && !folder.get().equals(rowsMonth);
    if (!nameOff && !folderOff) {
      return List.of();
    }
    Month meant = nameOff ? file.get() : folder.get();
    String says;
    if (nameOff && folderOff) {
      says =
          file.equals(folder)
              ? "name and folder say " + meant
              : "name says " + meant + " and its folder " + folder.get();
    } else {
      says = (nameOff ? "name says " : "folder says ") + meant;
    }
    return List.of(
        input
            + ": its "
            + says
            + " but its rows say "
            + rowsMonth
            + " ("
            + carried
            + " of its "
            + rows
            + " valid rows), so it is read as "
            + rowsMonth
            + ". Check that it is the download you meant for "
            + meant
            + ".");
  }
}
