package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parse cache on a three-row street file: a rerun reads it from the cache, a file changed in
 * place is read again, a damaged entry is rebuilt, and a cache that cannot be written only warns.
 */
class ParseCacheTest {
  private static final Path STREET =
      Path.of(Cli.FIXTURES + "windows/2022-04/2022-04-test-street.csv");

  @TempDir Path tmp;

  private JsonNode inspect(Path input, Path cache) throws IOException {
    Cli r =
        Cli.run(
            "inspect",
            input.toString(),
            "--format",
            "json",
            "--quiet",
            "--cache",
            cache.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out()).get("inputs").get(0);
  }

  private Path copyOfStreet() throws IOException {
    Path input = tmp.resolve("2022-04-test-street.csv");
    Files.copy(STREET, input);
    return input;
  }

  @Test
  void aRerunReadsTheFileFromTheCacheWithTheSameFigures() throws IOException {
    Path input = copyOfStreet();
    Path cache = tmp.resolve("cache");
    JsonNode cold = inspect(input, cache);
    JsonNode warm = inspect(input, cache);
    assertThat(cold.get("fromCache").asBoolean()).isFalse();
    assertThat(warm.get("fromCache").asBoolean()).isTrue();
    // Three rows of 2022-04, none rejected or repeated.
    assertThat(warm.get("rows").get("read").asLong()).isEqualTo(3);
    assertThat(warm.get("rows").get("kept").asLong()).isEqualTo(3);
    ((ObjectNode) warm).remove("fromCache");
    ((ObjectNode) cold).remove("fromCache");
    assertThat((Object) warm).isEqualTo(cold);
  }

  @Test
  void aFileChangedInPlaceWithTheSameSizeAndModificationTimeIsReadAgain() throws Exception {
    Path input = copyOfStreet();
    Path cache = tmp.resolve("cache");
    inspect(input, cache);
    assertThat(inspect(input, cache).get("fromCache").asBoolean()).isTrue();
    FileTime modified = Files.getLastModifiedTime(input);
    long size = Files.size(input);
    FileTime changedBefore = (FileTime) Files.getAttribute(input, "unix:ctime");
    Thread.sleep(50); // the change time must be able to tick
    // Row 3's month becomes 2022-13: same length, so same size; then the old mtime is put back.
    String text = Files.readString(input, StandardCharsets.UTF_8);
    int row3 = text.indexOf("0003,2022-04,");
    Files.writeString(
        input,
        text.substring(0, row3) + "0003,2022-13," + text.substring(row3 + 13),
        StandardCharsets.UTF_8);
    Files.setLastModifiedTime(input, modified);
    assertThat(Files.size(input)).isEqualTo(size);
    assertThat(Files.getLastModifiedTime(input)).isEqualTo(modified);
    assertThat(Files.getAttribute(input, "unix:ctime")).isNotEqualTo(changedBefore);

    JsonNode again = inspect(input, cache);
    assertThat(again.get("fromCache").asBoolean()).isFalse();
    // 3 read = 2 kept + 1 rejected (bad month 2022-13).
    assertThat(again.get("rows").get("read").asLong()).isEqualTo(3);
    assertThat(again.get("rows").get("kept").asLong()).isEqualTo(2);
    assertThat(again.get("rows").get("rejected").asLong()).isEqualTo(1);
    assertThat(inspect(input, cache).get("fromCache").asBoolean()).isTrue();
  }

  @Test
  void aTruncatedEntryIsIgnoredAndRebuilt() throws IOException {
    Path input = copyOfStreet();
    Path cache = tmp.resolve("cache");
    JsonNode cold = inspect(input, cache);
    Path entry = onlyEntry(cache);
    long whole = Files.size(entry);
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    JsonNode rebuilt = inspect(input, cache);
    assertThat(rebuilt.get("fromCache").asBoolean()).isFalse();
    assertThat((Object) rebuilt.get("rows")).isEqualTo(cold.get("rows"));
    assertThat(Files.size(onlyEntry(cache))).isEqualTo(whole);
    assertThat(inspect(input, cache).get("fromCache").asBoolean()).isTrue();
  }

  @Test
  void aCacheThatCannotBeWrittenIsAWarningNotAnError() throws IOException {
    Path input = copyOfStreet();
    Path notAFolder = Files.writeString(tmp.resolve("a-file"), "x");
    Cli r =
        Cli.run(
            "inspect",
            input.toString(),
            "--format",
            "json",
            "--quiet",
            "--cache",
            notAFolder.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("warning: the parse cache at " + notAFolder);
    assertThat(new ObjectMapper().readTree(r.out()).get("inputs").get(0).get("rows").get("kept"))
        .hasToString("3");
  }

  @Test
  void theCacheFolderIsTheUsersOwn() throws IOException {
    Path cache = tmp.resolve("new-cache");
    inspect(copyOfStreet(), cache);
    assertThat(Files.getPosixFilePermissions(cache))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void noCacheLeavesNoEntries() throws IOException {
    Path cache = tmp.resolve("unused");
    Cli r =
        Cli.run(
            "inspect",
            copyOfStreet().toString(),
            "--quiet",
            "--no-cache",
            "--cache",
            cache.toString());
    assertThat(r.exit()).isZero();
    assertThat(cache).doesNotExist();
  }

  @Test
  void runsParsingTheSameFileAtOnceLeaveOneWholeEntryAndTheSameFigures() throws Exception {
    // Two commands (a user's two terminals, or tests sharing the session cache) can parse the same
    // input into one cache at the same moment: each writes a temporary file and renames it, so the
    // entry left is one whole result, whichever rename came last.
    Path input = copyOfStreet();
    Path cache = tmp.resolve("cache");
    int runs = 6;
    ExecutorService pool = Executors.newFixedThreadPool(runs);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<JsonNode>> results = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return inspect(input, cache).get("rows");
              }));
    }
    start.countDown();
    List<JsonNode> rows = new ArrayList<>();
    for (Future<JsonNode> r : results) {
      rows.add(r.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    // Three rows of 2022-04, none rejected or repeated, in every run.
    assertThat(rows).allSatisfy(r -> assertThat(r.get("kept").asLong()).isEqualTo(3));
    assertThat(rows).allSatisfy(r -> assertThat((Object) r).isEqualTo(rows.get(0)));
    Path entry = onlyEntry(cache); // and no temporary file left beside it
    JsonNode warm = inspect(input, cache);
    assertThat(warm.get("fromCache").asBoolean()).isTrue();
    assertThat((Object) warm.get("rows")).isEqualTo(rows.get(0));
    assertThat(onlyEntry(cache)).isEqualTo(entry);
  }

  private static Path onlyEntry(Path cache) throws IOException {
    try (Stream<Path> entries = Files.list(cache.resolve("entries"))) {
      List<Path> all = entries.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  /**
   * An MPS Monthly Crime Dashboard file is cached like any input: a rerun reads it from the cache,
   * and every figure of trends is the same as read afresh (the codec's round trip, field by field,
   * is FileResultCodecTest's).
   */
  @Test
  void aDashboardFileIsReadFromTheCacheOnARerunWithTheSameFigures() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("mps"));
    saferstats.load.DashboardBesideTablesTest.folder(data);
    Path cache = tmp.resolve("cache");
    Path dashboard = data.resolve("dashboard.csv");
    JsonNode cold = inspect(dashboard, cache);
    JsonNode warm = inspect(dashboard, cache);
    assertThat(cold.get("fromCache").asBoolean()).isFalse();
    assertThat(warm.get("fromCache").asBoolean()).isTrue();
    // 24 months × 6 rows, less hate crime's 2023-10 (no row) = 143.
    assertThat(warm.get("rows").get("read").asLong()).isEqualTo(143);
    ((ObjectNode) warm).remove("fromCache");
    ((ObjectNode) cold).remove("fromCache");
    assertThat((Object) warm).isEqualTo(cold);
    String[] trends = {
      "trends",
      data.toString(),
      "--area",
      "Harrow",
      "--categories",
      "csp-2023",
      "--format",
      "json",
      "--quiet"
    };
    Cli fresh = Cli.run(concat(trends, "--no-cache"));
    Cli cached = Cli.run(concat(trends, "--cache", cache.toString()));
    assertThat(fresh.exit()).as(fresh.err()).isZero();
    assertThat(cached.exit()).as(cached.err()).isZero();
    // Hate crime from the dashboard: 132 in the 12 months to 2024-03 (DashboardBesideTablesTest).
    assertThat(
            Cli.priority(new ObjectMapper().readTree(cached.out()), "Hate crime")
                .at("/windows/current12/count")
                .asLong())
        .isEqualTo(132);
    assertThat(cached.out()).isEqualTo(fresh.out());
  }

  private static String[] concat(String[] first, String... more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
  }
}
