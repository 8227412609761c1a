package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The report's "where" part on MPS tables (fixtures/mps/ward: Harrow's Greenhill and Roxbourne):
 * the tables count wards, never LSOAs or streets, so no empty LSOA or street table and no blank
 * LSOA map is printed, even with LSOA boundaries given, and one true line says why.
 */
class MpsReportPlacesTest {
  @Test
  void noEmptyLsoaOrStreetTableAndNoBlankMap() {
    Cli r =
        Cli.run(
            "report",
            Cli.FIXTURES + "mps/ward",
            "--area",
            "Harrow",
            "--boundaries",
            "sample-data/boundaries/lsoa21-harrow-brent-barnet-bng.csv.gz",
            "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    String html = r.out();
    // The matrix's Gini is n/a for every MPS priority, and its notes say why, truly.
    assertThat(html)
        .contains(
            "Concentration n/a: the MPS tables count boroughs and wards, not LSOAs, so there is no"
                + " count over LSOAs to measure it by (police.uk street files give it).");
    assertThat(html)
        .contains("MPS tables count wards, not LSOAs, streets or points")
        .contains("<table class=\"wards\">")
        .doesNotContain("<h4>Top LSOAs</h4>")
        .doesNotContain("<h4>Top streets</h4>")
        .doesNotContain("No LSOA polygons")
        .doesNotContain("<h4>Map</h4>")
        .doesNotContain("No grid: these rows have no coordinates");
  }
}
