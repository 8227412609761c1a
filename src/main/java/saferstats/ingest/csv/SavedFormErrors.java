package saferstats.ingest.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import saferstats.model.SourceKind;
import saferstats.model.UserError;
import saferstats.mps.MpsLayout;

/**
 * Inputs saved in a form saferstats does not read, said as that form with how to turn them into one
 * it does: a semicolon-separated "CSV" (what a spreadsheet writes where the decimal mark is a
 * comma), or compressed bytes under a plain {@code .csv} name. Without this both read as an
 * unrecognised header or a binary file, which sends the user looking in the wrong place.
 */
final class SavedFormErrors {
  private SavedFormErrors() {}

  /** Gzip's and zip's magic numbers: what is inside is readable once the name says so. */
  static Optional<UserError> compressed(String name, byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b) {
      if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
        // Already ungzipped once by its name: gzip inside gzip.
        return Optional.of(
            UserError.input(
                name + " is gzip-compressed twice",
                "decompress it once and name the result .csv.gz"));
      }
      return Optional.of(
          UserError.input(
              name + " is gzip-compressed but named ." + extension(name),
              "rename it to end in .csv.gz (saferstats reads .csv.gz files as they are)"));
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Optional.of(
          UserError.input(
              name + " is a zip archive but named ." + extension(name),
              "rename it to end in .zip (saferstats reads the CSV files inside a zip as they"
                  + " are)"));
    }
    return Optional.empty();
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "csv" : name.substring(dot + 1);
  }

  /**
   * The error for a header that more semicolons than commas divide (the header as split at commas),
   * naming the kind it would be if split at semicolons; empty for any other header.
   */
  static Optional<UserError> semicolons(String name, long headerLine, List<String> header) {
    String text = String.join(",", header);
    long semicolons = text.chars().filter(c -> c == ';').count();
    if (semicolons < header.size()) {
      return Optional.empty();
    }
    long commas = header.size() - 1;
    Optional<SourceKind> asSplit =
        HeaderRecognizer.recognise(List.of(text.split(";", -1)))
            .or(() -> MpsLayout.of(List.of(text.split(";", -1))).map(l -> SourceKind.MPS_TABLE));
    return Optional.of(
        UserError.input(
            name
                + ": header not recognised (line "
                + headerLine
                + ": "
                + text
                + "): it looks semicolon-separated ("
                + semicolons
                + " semicolons and "
                + (commas == 0 ? "no comma" : commas == 1 ? "1 comma" : commas + " commas")
                + " in the header)"
                + asSplit
                    .map(k -> "; read at its semicolons it is the " + k + " header")
                    .orElse(""),
            "re-save it as comma-separated CSV with full stops as decimal marks, or use the file as"
                + " downloaded"));
  }
}
