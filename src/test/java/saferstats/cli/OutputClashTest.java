package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.model.UserError;

/**
 * An output that names an input, or another output of the same run, is refused before anything is
 * read: exit 2, one line naming the clash, every file as it was. At 48d5c94 {@code --output} over
 * an input replaced the download with the figure table and {@code --output X --geojson X} left only
 * the GeoJSON, both with exit 0.
 */
class OutputClashTest {
  private static final Path MONTH = Path.of(Cli.FIXTURES + "persistent/2024-06");
  private static final String STREET = "2024-06-test-street.csv";

  /**
   * A folder with one real month and a file whose header nothing recognises: reading it is exit 3,
   * so an exit 2 proves the clash was found before anything was read.
   */
  private static Path inputs(Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in/2024-06"));
    Files.copy(MONTH.resolve(STREET), in.resolve(STREET));
    Files.writeString(tmp.resolve("in/zz-unknown.csv"), "what,is,this\n1,2,3\n");
    return tmp.resolve("in");
  }

  private static void assertRefused(Cli r, String... named) {
    assertThat(r.exit()).as(r.err()).isEqualTo(UserError.USAGE);
    assertThat(r.err().strip()).doesNotContain("\n").startsWith("saferstats: ").contains(named);
  }

  @Test
  void anOutputNamingAnInputFileIsRefusedBeforeReadingAndTheFileIsKept(@TempDir Path tmp)
      throws IOException {
    Path in = inputs(tmp);
    Path street = in.resolve("2024-06").resolve(STREET);
    byte[] before = Files.readAllBytes(street);
    Cli r =
        Cli.run(
            "trends",
            in.toString(),
            "--area",
            "Testham",
            "--format",
            "csv",
            "--output",
            street.toString());
    assertRefused(r, "--output " + street, "is an input");
    assertThat(Files.readAllBytes(street)).isEqualTo(before);
  }

  @Test
  void aLinkToAnInputIsTheInput(@TempDir Path tmp) throws IOException {
    Path in = inputs(tmp);
    Path street = in.resolve("2024-06").resolve(STREET);
    byte[] before = Files.readAllBytes(street);
    Path link = Files.createSymbolicLink(tmp.resolve("link.csv"), street);
    Cli r = Cli.run("inspect", in.toString(), "--output", link.toString());
    assertRefused(r, "--output " + link, "is an input (" + street.toRealPath() + ")");
    assertThat(Files.readAllBytes(street)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void anOutputNamingASupportingFileIsRefused(@TempDir Path tmp) throws IOException {
    Path in = inputs(tmp);
    Path population =
        Files.copy(Path.of(Cli.FIXTURES + "support/population-codes.csv"), tmp.resolve("pop.csv"));
    byte[] before = Files.readAllBytes(population);
    Cli r =
        Cli.run(
            "quarterly",
            in.toString(),
            "--area",
            "Testham",
            "--population",
            population.toString(),
            "--output",
            population.toString());
    assertRefused(r, "--output " + population, "is the --population file");
    assertThat(Files.readAllBytes(population)).isEqualTo(before);
  }

  @Test
  void aPriorityFileIsNotReplacedByItsOwnListing(@TempDir Path tmp) throws IOException {
    Path file =
        Files.copy(Path.of(Cli.FIXTURES + "priorities-all/all-crime.csv"), tmp.resolve("p.csv"));
    byte[] before = Files.readAllBytes(file);
    Cli r = Cli.run("categories", file.toString(), "--output", file.toString());
    assertRefused(r, "--output " + file, "is the priority file");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void twoOutputsNamingOneFileAreRefusedWhateverTheSpelling(@TempDir Path tmp) throws IOException {
    Path in = inputs(tmp);
    Path out = tmp.resolve("x.json");
    Path sameByAnotherName = tmp.resolve("in/../x.json");
    Cli r =
        Cli.run(
            "hotspots",
            in.toString(),
            "--area",
            "Testham",
            "--format",
            "json",
            "--output",
            out.toString(),
            "--geojson",
            sameByAnotherName.toString());
    assertRefused(r, "--output " + out, "--geojson " + sameByAnotherName, "the same path");
    assertThat(out).doesNotExist();
  }

  @Test
  void theReportAndItsChartsFolderCannotBeOnePath(@TempDir Path tmp) throws IOException {
    Path in = inputs(tmp);
    Path out = tmp.resolve("r.html");
    Cli r =
        Cli.run(
            "report",
            in.toString(),
            "--area",
            "Testham",
            "--output",
            out.toString(),
            "--charts",
            out.toString());
    assertRefused(r, "--output " + out, "--charts " + out);
    assertThat(out).doesNotExist();
  }

  @Test
  void aReportWrittenIntoTheInputFolderMayBeWrittenAgain(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in/2024-06"));
    Files.copy(MONTH.resolve(STREET), in.resolve(STREET));
    Path out = tmp.resolve("in/trends.csv");
    String[] args = {
      "trends",
      tmp.resolve("in").toString(),
      "--area",
      "Testham",
      "--format",
      "csv",
      "--output",
      out.toString(),
      "--quiet"
    };
    // The second run finds the first's figure table in the folder: recognised, skipped, replaced.
    assertThat(Cli.run(args).exit()).isZero();
    Cli again = Cli.run(args);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readString(out).lines().findFirst()).contains("section,key,figure,value");
    assertThat(Files.readString(out)).contains("rows.kept,3");
  }

  @Test
  void twoTargetsOfOneWriteNamingOneFileWriteNothing(@TempDir Path tmp) {
    Path a = tmp.resolve("charts/p1-trend.svg");
    assertThatThrownBy(
            () ->
                OutputWriter.writeFiles(
                    List.of(
                        new OutputFiles.Target(a, "first"),
                        new OutputFiles.Target(tmp.resolve("charts/./p1-trend.svg"), "second"))))
        .isInstanceOfSatisfying(
            UserError.class, e -> assertThat(e.exitCode()).isEqualTo(UserError.USAGE));
    assertThat(a).doesNotExist();
  }
}
