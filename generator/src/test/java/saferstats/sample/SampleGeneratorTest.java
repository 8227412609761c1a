package saferstats.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  private static final String GEN2 = MpsTables.gen2File();
  private static final String GEN3 = MpsTables.gen3File();
  private static final String WARD = MpsTables.wardFile();

  /** The sample data, generated once for the class; every test reads this one copy. */
  @TempDir static Path first;

  /** Each Met street file's facts, parsed once: four tests read all 35 files. */
  private static final Map<Path, StreetFacts> FACTS = new HashMap<>();

  @BeforeAll
  static void generate() throws IOException {
    // What `saferstats-generator --sample DIR` writes (GenerateCommand): the data, then the
    // synthetic population table.
    SampleGenerator.writeSampleData(first, SEED);
    SamplePopulation.write(first, SEED);
  }

  @Test
  void sameSeedGivesTheCommittedSampleDataByteForByte() throws IOException {
    // The committed sample-data/ was written by an earlier run (another JVM) with the same seed:
    // equal bytes show the generator is deterministic and the committed copy is current.
    Path committed = Path.of(System.getProperty("saferstats.sampleData", "../sample-data"));
    List<Path> files = files(first);
    assertThat(files).hasSizeGreaterThan(100).isEqualTo(files(committed));
    for (Path rel : files) {
      assertThat(Files.readAllBytes(committed.resolve(rel)))
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
      assertThat(facts(file).harrow()).as(file.toString()).isBetween(1500L, 2600L);
    }
  }

  @Test
  void blankIdsAndOutcomesOnlyOnAsbAndNoLocationRowsHaveNoCoordinates() throws IOException {
    for (Path file : streetFiles()) {
      StreetFacts f = facts(file);
      assertThat(f.badRows()).as(file.toString()).isEmpty();
      assertThat(f.noLocation()).isBetween(f.rows() * 3L / 100, f.rows() * 5L / 100);
      assertThat(f.emptyStreet()).isPositive();
    }
  }

  @Test
  void everyMonthHasIdenticalDuplicatesAndSharedIdsThatDiffer() throws IOException {
    for (Path file : streetFiles()) {
      StreetFacts f = facts(file);
      assertThat(f.duplicates()).as(file.toString()).isBetween(2, 5);
      assertThat(f.sharedIds()).as(file.toString()).isBetween(5L, 15L);
      assertThat(f.idsAreHex()).as(file.toString()).isTrue();
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
      years[0] += facts(file).robberyYearBefore();
      years[1] += facts(file).robberyLatestYear();
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

  @Test
  void benchAreaSharePutsAThirtiethOfTheRowsInHarrow(@TempDir Path bench) throws IOException {
    SampleGenerator.writeBenchInput(bench, 1, 30_000, 1L, 1.0 / 30);
    List<String> lines = lines(bench.resolve("2024-06/2024-06-metropolitan-street.csv"));
    assertThat(lines).hasSize(30_001);
    // 30,000 rows = 29,979 drawn + 15 shared-ID variants (rows / 2000) + 6 copies (rows / 5000),
    // each extra row in its source row's LSOA. Harrow rows ~ Binomial(30,000, 1/30): mean 1,000,
    // sd sqrt(30,000 x 1/30 x 29/30) = 31.1; four sd either side is 876..1,124. Harrow's own
    // crime weight (the default) gives about 2%, some 600 rows, well outside.
    assertThat(harrowRows(lines)).isBetween(876L, 1_124L);
  }

  @Test
  void benchAreaShareZeroLeavesHarrowEmpty(@TempDir Path bench) throws IOException {
    SampleGenerator.writeBenchInput(bench, 1, 20_000, 1L, 0.0);
    List<String> lines = lines(bench.resolve("2024-06/2024-06-metropolitan-street.csv"));
    assertThat(lines).hasSize(20_001);
    assertThat(harrowRows(lines)).isZero();
    assertThat(lines).anyMatch(l -> l.matches(".*,E01\\d{6},Brent \\d{3}[A-Z],.*"));
  }

  @Test
  void benchAreaShareOutsideZeroToOneIsRefused(@TempDir Path bench) {
    assertThatThrownBy(() -> SampleGenerator.writeBenchInput(bench, 1, 10, 1L, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0 and 1");
  }

  private static long harrowRows(List<String> lines) {
    // LSOA code then LSOA name ("E01002167,Harrow 001A,"): a Location quoted for its comma cannot
    // shift it, and "On or near Harrow Road" does not match.
    return lines.stream().filter(l -> l.matches(".*,E01\\d{6},Harrow \\d{3}[A-Z],.*")).count();
  }

  @Test
  void mpsFilesHaveTheHeaderOfTheirGenerationCrlfAndNoBom() throws IOException {
    String gen2 = header(GEN2);
    assertThat(gen2).startsWith("MajorText,MinorText,LookUp_BoroughName,202107,202108,");
    assertThat(gen2.split(",")).hasSize(3 + 24);
    assertThat(gen2).endsWith(",202306");
    assertThat(header(GEN3))
        .startsWith("MajorText,MinorText,BoroughName,202207,")
        .endsWith(",202406");
    assertThat(header(WARD))
        .startsWith("MajorText,MinorText,WardName,WardCode,LookUp_BoroughName,202207,")
        .endsWith(",202406");
    for (String file : List.of(GEN2, GEN3, WARD)) {
      byte[] bytes = Files.readAllBytes(first.resolve(file));
      assertThat(bytes[0]).as(file).isEqualTo((byte) 'M');
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(text).endsWith("\r\n");
      assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }
  }

  @Test
  void mpsBoroughFilesListEveryCategoryOfEachBoroughInTheirWording() throws IOException {
    Map<String, Set<String>> gen2 = categoriesByArea(mps(GEN2), 2);
    assertThat(gen2).containsOnlyKeys("Barnet", "Brent", "Harrow");
    assertThat(gen2.get("Harrow"))
        .hasSize(54)
        .contains("Theft|Theft from Person", "Burglary|Domestic Burglary")
        .isEqualTo(gen2.get("Brent"));
    Map<String, Set<String>> gen3 = categoriesByArea(mps(GEN3), 2);
    assertThat(gen3).containsOnlyKeys("Barnet", "Brent", "Harrow", MpsTables.AIRPORTS);
    assertThat(gen3.get("Harrow"))
        .hasSize(28)
        .contains(
            "THEFT|THEFT FROM THE PERSON",
            "DRUG OFFENCES|TRAFFICKING OF DRUGS",
            "VEHICLE OFFENCES|THEFT FROM A VEHICLE",
            "VEHICLE OFFENCES|THEFT OR UNAUTH TAKING OF A MOTOR VEH",
            "VIOLENCE AGAINST THE PERSON|STALKING AND HARASSMENT")
        .isEqualTo(gen3.get(MpsTables.AIRPORTS))
        .allMatch(c -> c.equals(c.toUpperCase(java.util.Locale.ROOT)));
    assertThat(mps(GEN2)).anyMatch(r -> allZero(r, 3));
  }

  @Test
  void laterReleaseOverlapsTheEarlierForAYearAndRevisesAFewCells() throws IOException {
    Map<String, Integer> earlier = cells(mps(GEN2), 2);
    Map<String, Integer> later = cells(mps(GEN3), 2);
    Set<String> overlapMonths = new java.util.TreeSet<>();
    int compared = 0;
    int revised = 0;
    int redefined = 0;
    for (Map.Entry<String, Integer> e : later.entrySet()) {
      Integer before = earlier.get(e.getKey());
      if (before == null) {
        continue;
      }
      overlapMonths.add(e.getKey().substring(e.getKey().lastIndexOf('|') + 1));
      if (e.getKey().contains("VIOLENCE WITHOUT INJURY")) {
        // Generation 3 counts stalking and harassment on its own row.
        assertThat(e.getValue()).isLessThan(before);
        redefined++;
        continue;
      }
      compared++;
      int diff = Math.abs(e.getValue() - before);
      assertThat(diff).as(e.getKey()).isLessThanOrEqualTo(3);
      revised += diff == 0 ? 0 : 1;
    }
    assertThat(overlapMonths).hasSize(12).first().isEqualTo("202207");
    assertThat(overlapMonths).last().isEqualTo("202306");
    assertThat(compared).isEqualTo(3 * 24 * 12);
    assertThat(redefined).isEqualTo(3 * 12);
    assertThat(revised).isPositive().isLessThanOrEqualTo(compared * 4 / 100);
  }

  @Test
  void harrowWardsAddUpToLessThanTheBoroughAndMatchPoliceUk() throws IOException {
    Map<String, Integer> borough = new HashMap<>();
    for (CSVRecord r : mps(GEN3)) {
      if (r.get(2).equals("Harrow")) {
        borough.merge(r.get(0) + "|" + r.get(1), sum(r, 3), Integer::sum);
      }
    }
    Map<String, Integer> wards = new HashMap<>();
    int shoplifting = 0;
    for (CSVRecord r : mps(WARD)) {
      if (r.get(4).equals("Harrow")) {
        wards.merge(r.get(0) + "|" + r.get(1), sum(r, 5), Integer::sum);
        if (r.get(1).equals("SHOPLIFTING")) {
          shoplifting += Integer.parseInt(r.get("202406"));
        }
      }
    }
    int boroughTotal = borough.values().stream().mapToInt(Integer::intValue).sum();
    int wardTotal = wards.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(wardTotal).isLessThan(boroughTotal).isGreaterThan(boroughTotal * 90 / 100);
    wards.forEach((k, v) -> assertThat(v).as(k).isLessThanOrEqualTo(borough.get(k)));
    // The same crimes as the police.uk file, less its repeated and differing extra rows.
    long policeUk =
        read(gz(first, STREET, "2024-06")).stream()
            .filter(r -> r.get(8).startsWith("Harrow ") && r.get(9).equals("Shoplifting"))
            .count();
    assertThat(shoplifting).isLessThanOrEqualTo((int) policeUk).isGreaterThan((int) policeUk - 6);
  }

  @Test
  void pseudoBoroughsAndARepeatedWardName() throws IOException {
    List<CSVRecord> airports =
        mps(GEN3).stream().filter(r -> r.get(2).equals(MpsTables.AIRPORTS)).toList();
    assertThat(airports).hasSize(28);
    int airportTotal = airports.stream().mapToInt(r -> sum(r, 3)).sum();
    assertThat(airportTotal).isBetween(100, 2000);
    assertThat(mps(GEN2)).noneMatch(r -> r.get(2).equals(MpsTables.AIRPORTS));
    List<CSVRecord> wards = mps(WARD);
    List<CSVRecord> heathrow =
        wards.stream().filter(r -> r.get(4).equals("Aviation Security (SO18)")).toList();
    assertThat(heathrow)
        .hasSizeBetween(3, 8)
        .allMatch(r -> r.get(2).equals("Heathrow Villages") && r.get(3).equals("E05013570"));
    assertThat(wards.get(0).get(4)).isEqualTo("Aviation Security (SO18)");
    Set<String> edgware = new HashSet<>();
    for (CSVRecord r : wards) {
      if (r.get(2).equals("Edgware")) {
        edgware.add(r.get(3) + " " + r.get(4));
      }
    }
    assertThat(edgware).containsExactlyInAnyOrder("E05013545 Harrow", "E05013637 Barnet");
    assertThat(wards).noneMatch(r -> allZero(r, 5));
  }

  /**
   * What the street-file tests check of one Met street file. {@code badRows} lists rows breaking
   * the ASB and No Location rules (blank Crime ID and outcome exactly on ASB rows, no context, no
   * place on No Location rows, coordinates on {@code On or near } rows).
   */
  private record StreetFacts(
      long rows,
      long harrow,
      long noLocation,
      long emptyStreet,
      List<String> badRows,
      int duplicates,
      long sharedIds,
      boolean idsAreHex,
      int robberyYearBefore,
      int robberyLatestYear) {}

  private static StreetFacts facts(Path file) throws IOException {
    StreetFacts f = FACTS.get(file);
    if (f == null) {
      f = readFacts(file);
      FACTS.put(file, f);
    }
    return f;
  }

  private static StreetFacts readFacts(Path file) throws IOException {
    List<CSVRecord> rows = read(file);
    long harrow = 0;
    long noLocation = 0;
    long emptyStreet = 0;
    int[] robbery = new int[2];
    List<String> bad = new ArrayList<>();
    for (CSVRecord r : rows) {
      boolean asb = r.get(9).equals("Anti-social behaviour");
      if (r.get(0).isEmpty() != asb || r.get(10).isEmpty() != asb || !r.get(11).isEmpty()) {
        bad.add(r.toString());
      }
      if (r.get(6).equals("No Location")) {
        noLocation++;
        if (!(r.get(4) + r.get(5) + r.get(7) + r.get(8)).isEmpty()) {
          bad.add(r.toString());
        }
      } else if (r.get(6).equals("On or near ")) {
        emptyStreet++;
        if (!r.get(4).matches("-?\\d\\.\\d{6}")) {
          bad.add(r.toString());
        }
      }
      if (r.get(8).startsWith("Harrow ")) {
        harrow++;
        String month = r.get(1);
        if (r.get(9).equals("Robbery") && month.compareTo("2022-07") >= 0) {
          robbery[month.compareTo("2023-07") >= 0 ? 1 : 0]++;
        }
      }
    }
    return duplicatesAndIds(
        file,
        new StreetFacts(
            rows.size(),
            harrow,
            noLocation,
            emptyStreet,
            bad,
            0,
            0,
            false,
            robbery[0],
            robbery[1]));
  }

  /** Adds the identical repeated lines and the Crime IDs on differing lines, from the raw text. */
  private static StreetFacts duplicatesAndIds(Path file, StreetFacts f) throws IOException {
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
    long shared = byId.values().stream().filter(v -> v.size() > 1).count();
    boolean hex = byId.keySet().stream().allMatch(id -> id.matches("[0-9a-f]{64}"));
    return new StreetFacts(
        f.rows(),
        f.harrow(),
        f.noLocation(),
        f.emptyStreet(),
        f.badRows(),
        duplicates,
        shared,
        hex,
        f.robberyYearBefore(),
        f.robberyLatestYear());
  }

  private static String header(String file) throws IOException {
    return lines(first.resolve(file)).get(0);
  }

  private static List<CSVRecord> mps(String file) throws IOException {
    return read(first.resolve(file));
  }

  /** Categories per area column ({@code area}). */
  private static Map<String, Set<String>> categoriesByArea(List<CSVRecord> rows, int area) {
    Map<String, Set<String>> out = new HashMap<>();
    for (CSVRecord r : rows) {
      out.computeIfAbsent(r.get(area), k -> new HashSet<>()).add(r.get(0) + "|" + r.get(1));
    }
    return out;
  }

  /** Borough|canonical category|month to count, categories matched as saferstats reads them. */
  private static Map<String, Integer> cells(List<CSVRecord> rows, int area) throws IOException {
    Map<String, String> renames = renames();
    Map<String, Integer> out = new HashMap<>();
    for (CSVRecord r : rows) {
      String key = upper(r.get(0)) + "|" + upper(r.get(1));
      String category = renames.getOrDefault(key, key);
      for (Map.Entry<String, String> e : r.toMap().entrySet()) {
        if (e.getKey().matches("\\d{6}")) {
          String cell = r.get(area) + "|" + category + "|" + e.getKey();
          out.put(cell, Integer.parseInt(e.getValue()));
        }
      }
    }
    return out;
  }

  /** The project's table of MPS wording drift, upper-cased on both sides. */
  private static Map<String, String> renames() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in =
        SampleGeneratorTest.class.getResourceAsStream("/saferstats/priorities/mps-renames.csv")) {
      assertThat(in).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String csv = text.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(new java.io.StringReader(csv))) {
        out.put(upper(r.get(0)) + "|" + upper(r.get(1)), upper(r.get(2)) + "|" + upper(r.get(3)));
      }
    }
    return out;
  }

  private static String upper(String s) {
    return s.trim().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
  }

  private static int sum(CSVRecord r, int from) {
    int n = 0;
    for (int i = from; i < r.size(); i++) {
      n += Integer.parseInt(r.get(i));
    }
    return n;
  }

  private static boolean allZero(CSVRecord r, int from) {
    return sum(r, from) == 0;
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
