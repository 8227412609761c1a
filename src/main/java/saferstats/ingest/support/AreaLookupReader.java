package saferstats.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import saferstats.area.AreaLookup;
import saferstats.area.LsoaNames;
import saferstats.model.UserError;

/**
 * Reads {@code --lookup}: the ONS LSOA → electoral ward → local authority best-fit lookup (columns
 * such as {@code LSOA21CD,LSOA21NM,WD25CD,WD25NM,LAD25CD,LAD25NM}, any vintage, recognised by
 * header; plain or {@code .gz}). It names every LSOA of an area, including those with no crime, and
 * the ward each LSOA is in.
 */
public final class AreaLookupReader {
  private AreaLookupReader() {}

  public static AreaLookup read(Path path) {
    SupportFile.check(path, "--lookup");
    try (InputStream raw = Files.newInputStream(path);
        InputStream in =
            path.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(raw)
                : raw;
        Reader r =
            new InputStreamReader(
                BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      List<String> header = parser.getHeaderNames();
      int lsoa = column(header, "LSOA\\d\\dCD", path);
      int lsoaName = column(header, "LSOA\\d\\dNM", path);
      int ward = column(header, "WD\\d\\dCD", path);
      int wardName = column(header, "WD\\d\\dNM", path);
      int lad = column(header, "LAD\\d\\dCD", path);
      int ladName = column(header, "LAD\\d\\dNM", path);
      Map<String, AreaLookup.Entry> byLsoa = new LinkedHashMap<>();
      Map<String, Long> lineOf = new HashMap<>();
      for (CSVRecord rec : parser) {
        String code = LsoaNames.code(rec.get(lsoa));
        long line = rec.getParser().getCurrentLineNumber();
        AreaLookup.Entry entry =
            new AreaLookup.Entry(
                code,
                rec.get(lsoaName).strip(),
                rec.get(ward).strip(),
                rec.get(wardName).strip(),
                rec.get(lad).strip(),
                rec.get(ladName).strip());
        AreaLookup.Entry earlier = byLsoa.putIfAbsent(code, entry);
        if (earlier == null) {
          lineOf.put(code, line);
        } else {
          checkRepeat(path, earlier, entry, lineOf.get(code), line);
        }
      }
      return new AreaLookup(path.toString(), byLsoa);
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw UserError.input(
          "cannot read lookup " + path + ": " + e.getMessage(),
          "--lookup takes the ONS LSOA to ward to local authority lookup CSV");
    }
  }

  /**
   * An LSOA listed again: under the same ward and authority it is the same LSOA (a lookup pasted
   * twice); under another, which ward its crimes go to would depend on row order, so it is refused.
   */
  private static void checkRepeat(
      Path path, AreaLookup.Entry earlier, AreaLookup.Entry again, long firstLine, long line) {
    boolean sameWard = earlier.wardCode().equalsIgnoreCase(again.wardCode());
    if (sameWard && earlier.ladCode().equalsIgnoreCase(again.ladCode())) {
      return;
    }
    String under =
        sameWard
            ? "two local authorities, "
                + earlier.ladCode()
                + " "
                + earlier.ladName()
                + " and "
                + again.ladCode()
                + " "
                + again.ladName()
            : "two wards, "
                + earlier.wardCode()
                + " "
                + earlier.wardName()
                + " and "
                + again.wardCode()
                + " "
                + again.wardName();
    throw UserError.input(
        path
            + ", lines "
            + firstLine
            + " and "
            + line
            + ": LSOA "
            + earlier.lsoaCode()
            + " ("
            + earlier.lsoaName()
            + ") is listed under "
            + under,
        "keep one row per LSOA, as the ONS best-fit lookup has: delete the row that is wrong");
  }

  private static int column(List<String> header, String pattern, Path path) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().toUpperCase(Locale.ROOT).matches(pattern)) {
        return i;
      }
    }
    throw UserError.input(
        path + ", line 1: lookup has no " + pattern.replace("\\d\\d", "yy") + " column",
        "use the ONS LSOA to electoral ward to local authority lookup (LSOA21CD,LSOA21NM,WD25CD,"
            + "WD25NM,LAD25CD,LAD25NM)");
  }
}
