package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;

/**
 * LSOA codes in another case are read as one code, and rows whose code the lookup or the boundaries
 * lack are counted and named, never dropped silently (the report's map note: ReportTest). Fixture:
 * sample-data's 36 months of police.uk street files copied, with two changes to 2024-06's Met file:
 * the 12 rows of E01002116 (Harrow 002C) get the code in lower case, e01002116; the 13 rows of
 * E01002115 (Harrow 002B) get E01002117, a Harrow LSOA 2011 code that is not an LSOA 2021 code (not
 * in the boundaries). The lookup is written from sample-data's boundaries (its 545 LSOA 2021 codes,
 * names and boroughs; the MSOA stands in for the ward). Expected counts are from a separate count
 * of the files (Python csv, identical rows with a Crime ID counted once): Harrow's rows in
 * 2023-07..2024-06 24,351, in all 36 months 71,423; E01002116's in the 12 months 172; street rows
 * with an LSOA code 273,384, every one in the boundaries before the change.
 */
class UnknownLsoaCodesTest {
  @TempDir static Path dir;
  private static String data;
  private static String lookup;
  private static final String BOUNDARIES =
      "sample-data/boundaries/lsoa21-harrow-brent-barnet-bng.csv.gz";

  @BeforeAll
  static void copyMutateAndWriteTheLookup() throws IOException {
    Path from = Path.of("sample-data/police-uk");
    Path to = dir.resolve("police-uk");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(p -> p.getFileName().toString().contains("-street.")).toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    Path june = to.resolve("2024-06/2024-06-metropolitan-street.csv.gz");
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(june)), StandardCharsets.UTF_8))) {
      r.lines()
          .forEach(
              l ->
                  lines.add(
                      l.replace(",E01002116,Harrow 002C,", ",e01002116,Harrow 002C,")
                          .replace(",E01002115,Harrow 002B,", ",E01002117,Harrow 002B,")));
    }
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(june)), StandardCharsets.UTF_8)) {
      for (String l : lines) {
        w.write(l + "\n");
      }
    }
    Path lookupFile = dir.resolve("lookup.csv");
    try (BufferedReader r =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(Path.of(BOUNDARIES))),
                    StandardCharsets.UTF_8));
        Writer w = Files.newBufferedWriter(lookupFile)) {
      w.write("LSOA21CD,LSOA21NM,WD25CD,WD25NM,LAD25CD,LAD25NM\n");
      for (CSVRecord b : CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
        w.write(
            String.join(
                    ",",
                    b.get("LSOA21CD"),
                    b.get("LSOA21NM"),
                    b.get("MSOA21CD"),
                    b.get("MSOA21NM"),
                    b.get("LAD22CD"),
                    b.get("LAD22NM"))
                + "\n");
      }
    }
    data = to.toString();
    lookup = lookupFile.toString();
  }

  private static JsonNode hotspots() {
    return Cli.json("hotspots", data, "--area", "Harrow", "--lookup", lookup, "--top", "200");
  }

  private static long count(JsonNode places, String code) {
    for (JsonNode p : places) {
      if (p.get("code").asText().equals(code)) {
        return p.get("count").asLong();
      }
    }
    return -1;
  }

  @Test
  void aLowerCaseCodeIsTheSameLsoa() {
    JsonNode lsoas = hotspots().get("lsoas");
    // 160 rows with the code as published and the 12 lower-cased: 172, one LSOA.
    assertThat(count(lsoas, "E01002116")).isEqualTo(172);
    assertThat(count(lsoas, "e01002116")).isEqualTo(-1);
  }

  @Test
  void rowsWhoseCodeTheLookupLacksAreCountedAndNamedAndStayInTheLsoaTable() {
    JsonNode h = hotspots();
    assertThat(h.get("total").asLong()).isEqualTo(24_351);
    assertThat(count(h.get("lsoas"), "E01002117")).isEqualTo(13);
    // The wards and the concentration over the lookup's 144 Harrow LSOAs hold 24,351 - 13.
    long wards = 0;
    for (JsonNode w : h.get("wards")) {
      wards += w.get("count").asLong();
    }
    assertThat(wards).isEqualTo(24_338);
    assertThat(h.at("/concentration/units").asInt()).isEqualTo(144);
    assertThat(h.at("/concentration/total").asLong()).isEqualTo(24_338);
    assertThat(h.get("notes").toString())
        .contains(
            "13 of the 24,351 rows in 2023-07 to 2024-06 carry an LSOA code the lookup "
                + lookup
                + " does not have: E01002117 Harrow 002B (13). They are in the LSOA and street"
                + " tables but in no ward and not in the concentration figures");
  }

  @Test
  void trendsSaysSoWithALookup() {
    JsonNode t = Cli.json("trends", data, "--area", "Harrow", "--lookup", lookup);
    assertThat(t.get("notes").toString())
        .contains(
            "13 of the 71,423 rows of Harrow carry an LSOA code the lookup "
                + lookup
                + " does not have: E01002117 Harrow 002B (13). They count in these figures");
  }

  @Test
  void inspectChecksEveryRowAgainstTheLookupAndTheBoundaries() {
    JsonNode i = Cli.json("inspect", data, "--lookup", lookup, "--boundaries", BOUNDARIES);
    JsonNode checks = i.get("lsoaChecks");
    assertThat(checks).hasSize(2);
    for (JsonNode c : checks) {
      // Every street row with an LSOA code is checked; only the 13 changed rows miss.
      assertThat(c.get("rows").asLong()).isEqualTo(273_384);
      assertThat(c.get("unknownRows").asLong()).isEqualTo(13);
      assertThat(c.get("unknownCodes").asInt()).isEqualTo(1);
      assertThat(c.get("codes").toString())
          .isEqualTo("[{\"code\":\"E01002117\",\"name\":\"Harrow 002B\",\"rows\":13}]");
    }
    assertThat(checks.get(0).get("against").asText()).isEqualTo("lookup");
    assertThat(checks.get(1).get("against").asText()).isEqualTo("boundaries");
    assertThat(i.get("notes").toString())
        .contains("13 of the 273,384 rows with an LSOA code carry an LSOA code the boundaries");
    String text = Cli.cached("inspect", data, "--lookup", lookup, "--quiet").out();
    assertThat(text).contains("LSOA codes not in the lookup", "E01002117  Harrow 002B    13");
  }
}
