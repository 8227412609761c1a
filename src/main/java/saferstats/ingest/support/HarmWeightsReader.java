package saferstats.ingest.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import saferstats.harm.SeverityWeights;
import saferstats.model.Names;
import saferstats.model.UserError;

/**
 * Reads {@code --weights}: severity weights per Home Office offence code, in the shape of the
 * shipped Crime Severity Score ({@code code,weight}). A crime harm index such as Cambridge's gives
 * days of imprisonment per offence, so a {@code days} column is read as the weight too. Every line
 * is checked before any weight is used: an unknown code, a weight that is not a number or is
 * negative, a code given twice or a missing column is an input error naming the file and line.
 */
public final class HarmWeightsReader {
  static final String OPTION = "--weights";

  /** Column names read as the offence code, as {@link Names#column} gives them. */
  static final List<String> CODE_COLUMNS =
      List.of("code", "offence code", "offence_code", "ho code", "home office code");

  /** Column names read as the weight. */
  static final List<String> WEIGHT_COLUMNS =
      List.of("weight", "days", "harm", "severity", "css weight", "chi days", "cchi days");

  private static final String HINT =
      "give one line per Home Office offence code of the shipped weights (README, Harm), columns"
          + " code,weight";

  private HarmWeightsReader() {}

  /** The file's weights; {@code known} holds every offence code a weight may be given for. */
  public static SeverityWeights read(Path path, Set<String> known) {
    SupportFile.check(path, OPTION);
    try (Reader r =
            new InputStreamReader(
                BOMInputStream.builder().setInputStream(SupportFile.open(path)).get(),
                StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .get()
                .parse(r)) {
      String code = column(p, CODE_COLUMNS, path, "offence code column (code)");
      String weight = column(p, WEIGHT_COLUMNS, path, "weight column (weight, or days)");
      Map<String, Double> byCode = new HashMap<>();
      for (CSVRecord rec : p) {
        long line = p.getCurrentLineNumber();
        String c = cell(rec, code, path, line).strip();
        double w = number(cell(rec, weight, path, line).strip(), path, line, c);
        if (!known.contains(c)) {
          throw UserError.input(
              path + ", line " + line + ": unknown offence code '" + c + "'", HINT);
        }
        if (byCode.put(c, w) != null) {
          throw UserError.input(
              path + ", line " + line + ": offence code '" + c + "' is given twice",
              "give each offence code one weight");
        }
      }
      if (byCode.isEmpty()) {
        throw UserError.input(path + ": no weights in the file", HINT);
      }
      return new SeverityWeights(path.toString(), byCode);
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw UserError.input("cannot read " + path + ": " + e.getMessage(), HINT);
    }
  }

  private static String column(CSVParser p, List<String> names, Path path, String what) {
    for (String h : p.getHeaderNames()) {
      if (names.contains(Names.column(h))) {
        return h;
      }
    }
    throw UserError.input(
        path + ", line 1: no " + what + " among the columns " + p.getHeaderNames(), HINT);
  }

  private static String cell(CSVRecord rec, String column, Path path, long line) {
    if (!rec.isSet(column)) {
      throw UserError.input(
          path + ", line " + line + ": the line has no " + column + " field", HINT);
    }
    return rec.get(column);
  }

  private static double number(String text, Path path, long line, String code) {
    double w;
    try {
      w = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw UserError.input(
          path
              + ", line "
              + line
              + ": the weight of '"
              + code
              + "' is not a number: '"
              + text
              + "'",
          HINT);
    }
    if (!Double.isFinite(w) || w < 0) {
      throw UserError.input(
          path
              + ", line "
              + line
              + ": the weight of '"
              + code
              + "' is negative or not finite: "
              + text,
          "weights are zero or more");
    }
    return w;
  }
}
