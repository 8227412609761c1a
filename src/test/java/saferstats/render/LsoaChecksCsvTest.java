package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * inspect's LSOA checks print as CSV, keyed by what they checked against and by LSOA code (before,
 * {@code inspect --lookup/--boundaries --format csv} stopped with an internal error: the list had
 * no natural key). Fixture: the windows fixture, whose 27 months hold 41 rows in E01900001, 26 in
 * E01900002 and 27 in E01900009 (94 with a code; a count with cut and uniq), none of them in
 * sample-data's boundaries of Harrow, Brent and Barnet.
 */
class LsoaChecksCsvTest {
  @Test
  void lsoaChecksAreKeyedByWhatTheyCheckedAgainstAndByCode() {
    Cli r =
        Cli.run(
            "inspect",
            Cli.FIXTURES + "windows",
            "--boundaries",
            "sample-data/boundaries/lsoa21-harrow-brent-barnet-bng.csv.gz",
            "--format",
            "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "lsoaChecks,boundaries,rows,94",
            "lsoaChecks,boundaries,unknownRows,94",
            "lsoaChecks,boundaries,unknownCodes,3",
            "lsoaChecks,boundaries,codes.E01900002.rows,26");
  }
}
