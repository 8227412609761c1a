package saferstats.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample data: deterministic, police.uk-shaped, and carrying every documented quirk. */
class SampleGeneratorTest {
  private static final long SEED = 20240630L;
  private static final String STREET = "police-uk/%1$s/%1$s-metropolitan-street.csv";

  @TempDir static Path first;
  @TempDir static Path second;

  @BeforeAll
  static void generate() throws IOException {
    SampleGenerator.writeSampleData(first, SEED);
    SampleGenerator.writeSampleData(second, SEED);
  }

  @Test
  void sameSeedGivesByteIdenticalFiles() throws IOException {
    List<Path> files = files(first);
    assertThat(files).hasSizeGreaterThan(100).isEqualTo(files(second));
    for (Path rel : files) {
      assertThat(Files.readAllBytes(second.resolve(rel)))
          .as(rel.toString())
          .isEqualTo(Files.readAllBytes(first.resolve(rel)));
    }
  }

  @Test
  void novemberTwentyTwentyOneHasNoMetFilesButKeepsBtp() {
    Path month = first.resolve("police-uk/2021-11");
    assertThat(month.resolve("2021-11-metropolitan-street.csv.gz")).doesNotExist();
    assertThat(month.resolve("2021-11-metropolitan-street.csv")).doesNotExist();
    assertThat(month.resolve("2021-11-metropolitan-outcomes.csv.gz")).doesNotExist();
    assertThat(month.resolve("2021-11-btp-street.csv.gz")).exists();
  }

  @Test
  void bomAndCrlfFilesArePlainWithTheirQuirk() throws IOException {
    byte[] bom = Files.readAllBytes(first.resolve(String.format(STREET, "2022-06")));
    assertThat(bom).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(bom, StandardCharsets.UTF_8)).doesNotContain("\r");
    String crlf = Files.readString(first.resolve(String.format(STREET, "2023-01")));
    assertThat(crlf).startsWith("Crime ID,Month,");
    assertThat(crlf.split("\r\n", -1)).hasSize((int) crlf.lines().count() + 1);
    assertThat(crlf.replace("\r\n", "")).doesNotContain("\n");
    byte[] ordinary = Files.readAllBytes(gz(first, STREET, "2024-06"));
    assertThat(new String(gunzip(ordinary), StandardCharsets.UTF_8))
        .startsWith(PoliceUkFormat.STREET_HEADER + "\n")
        .doesNotContain("\r");
  }

  @Test
  void harrowHasAbout2000RowsEveryMonth() throws IOException {
    for (Path file : streetFiles()) {
      long harrow = read(file).stream().filter(r -> r.get(8).startsWith("Harrow ")).count();
      assertThat(harrow).as(file.toString()).isBetween(1500L, 2600L);
    }
  }

  @Test
  void blankIdsAndOutcomesOnlyOnAsbAndNoLocationRowsHaveNoCoordinates() throws IOException {
    for (Path file : streetFiles()) {
      List<CSVRecord> rows = read(file);
      long noLocation = 0;
      long emptyStreet = 0;
      for (CSVRecord r : rows) {
        boolean asb = r.get(9).equals("Anti-social behaviour");
        assertThat(r.get(0).isEmpty()).isEqualTo(asb);
        assertThat(r.get(10).isEmpty()).isEqualTo(asb);
        assertThat(r.get(11)).isEmpty();
        if (r.get(6).equals("No Location")) {
          noLocation++;
          assertThat(List.of(r.get(4), r.get(5), r.get(7), r.get(8))).containsOnly("");
        } else if (r.get(6).equals("On or near ")) {
          emptyStreet++;
          assertThat(r.get(4)).matches("-?\\d\\.\\d{6}");
        }
      }
      assertThat(noLocation).isBetween(rows.size() * 3L / 100, rows.size() * 5L / 100);
      assertThat(emptyStreet).isPositive();
    }
  }

  @Test
  void everyMonthHasIdenticalDuplicatesAndSharedIdsThatDiffer() throws IOException {
    for (Path file : streetFiles()) {
      Set<String> seen = new HashSet<>();
      Map<String, Set<String>> byId = new HashMap<>();
      int duplicates = 0;
      List<String> lines = lines(file);
      for (String line : lines.subList(1, lines.size())) {
        String id = line.substring(0, line.indexOf(','));
        if (!id.isEmpty() && !seen.add(line)) {
          duplicates++;
        }
        byId.computeIfAbsent(id, k -> new HashSet<>()).add(line);
      }
      byId.remove("");
      long shared = byId.values().stream().filter(s -> s.size() > 1).count();
      assertThat(duplicates).as(file.toString()).isBetween(2, 5);
      assertThat(shared).as(file.toString()).isBetween(5L, 15L);
      assertThat(byId.keySet().stream().allMatch(id -> id.matches("[0-9a-f]{64}"))).isTrue();
    }
  }

  @Test
  void refreshedMarchDiffersOnlyInSomeOutcomes() throws IOException {
    List<CSVRecord> original = read(gz(first, STREET, "2024-03"));
    Path refreshFile =
        first.resolve("police-uk-refresh/2024-03/2024-03-metropolitan-street.csv.gz");
    List<CSVRecord> refresh = read(refreshFile);
    assertThat(refresh).hasSameSizeAs(original);
    int changed = 0;
    for (int i = 0; i < original.size(); i++) {
      for (int col = 0; col < 12; col++) {
        if (col != 10) {
          assertThat(refresh.get(i).get(col)).isEqualTo(original.get(i).get(col));
        }
      }
      changed += original.get(i).get(10).equals(refresh.get(i).get(10)) ? 0 : 1;
    }
    assertThat(changed).isBetween(original.size() * 3 / 100, original.size() * 9 / 100);
  }

  @Test
  void outcomesFilesHaveTheHeaderAndOnlyCrimeIds() throws IOException {
    Path file = first.resolve("police-uk/2023-06/2023-06-metropolitan-outcomes.csv.gz");
    assertThat(lines(file).get(0)).isEqualTo(PoliceUkFormat.OUTCOMES_HEADER);
    List<CSVRecord> rows = read(file);
    assertThat(rows).hasSizeGreaterThan(3000);
    assertThat(rows).allMatch(r -> r.get(0).matches("[0-9a-f]{64}") && r.get(1).equals("2023-06"));
    assertThat(rows).anyMatch(r -> r.get(9).equals("Suspect charged"));
  }

  @Test
  void harrowRobberyRisesInTheLatestTwelveMonths() throws IOException {
    int[] years = new int[2];
    for (Path file : streetFiles()) {
      for (CSVRecord r : read(file)) {
        if (r.get(8).startsWith("Harrow ") && r.get(9).equals("Robbery")) {
          String month = r.get(1);
          if (month.compareTo("2022-07") >= 0) {
            years[month.compareTo("2023-07") >= 0 ? 1 : 0]++;
          }
        }
      }
    }
    assertThat(years[1]).isGreaterThan(years[0] * 108 / 100);
  }

  @Test
  void benchInputHasExactlyTheRowsAskedFor(@TempDir Path bench) throws IOException {
    SampleGenerator.writeBenchInput(bench, 2, 3000, 1L);
    assertThat(files(bench))
        .containsExactly(
            Path.of("2024-05/2024-05-metropolitan-street.csv"),
            Path.of("2024-06/2024-06-metropolitan-street.csv"));
    List<String> lines = lines(bench.resolve("2024-06/2024-06-metropolitan-street.csv"));
    assertThat(lines).hasSize(3001).first().isEqualTo(PoliceUkFormat.STREET_HEADER);
    assertThat(lines.stream().map(l -> l.split(",", -1)[8]).distinct().count()).isGreaterThan(500);
  }

  private static List<Path> streetFiles() throws IOException {
    return files(first).stream()
        .filter(p -> p.toString().contains("metropolitan-street"))
        .filter(p -> p.startsWith("police-uk"))
        .map(first::resolve)
        .toList();
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  private static Path gz(Path root, String pattern, String month) {
    return root.resolve(String.format(pattern, month) + ".gz");
  }

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader reader = reader(file)) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      return format.parse(reader).getRecords();
    }
  }

  private static List<String> lines(Path file) throws IOException {
    try (Reader reader = reader(file)) {
      List<String> out = new ArrayList<>();
      new java.io.BufferedReader(reader).lines().forEach(out::add);
      return out;
    }
  }

  private static Reader reader(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    InputStream noBom = BOMInputStream.builder().setInputStream(in).get();
    return new InputStreamReader(noBom, StandardCharsets.UTF_8);
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}
