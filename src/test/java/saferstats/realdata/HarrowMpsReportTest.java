package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The Harrow csp-2023 report over the whole real mps/ folder (borough and ward tables and the
 * Monthly Crime Dashboard), read as the committee would: what session 6's review found false on its
 * pages stays fixed. Figures from independent counts: src/test/scripts/dashboard_wards.py
 * (Greenhill 54 hate crimes in the 12 months to 2025-07), and the review's recount of the dashboard
 * CSV (hate crime positive outcomes 42 against 30; newest refresh per key).
 */
@Tag("real-data")
class HarrowMpsReportTest {
  @Test
  void thePagesNameFilesRelativelyAndCountTheDashboard() {
    Path mps = RealData.folder("mps").toAbsolutePath();
    Cli r = Cli.run("report", mps.toString(), "--area", "Harrow", "--categories", "csp-2023");
    assertThat(r.exit()).as(r.err()).isZero();
    String text = Jsoup.parse(r.out()).text();
    // Every note, the ward tables' release notes under each priority's map included, names files
    // relative to the folder the command was run from, as the inputs appendix says.
    assertThat(text).doesNotContain(mps.toString());
    // Hate crime's wards come from the dashboard's Safer Neighbourhood Team rows, not "no ward".
    assertThat(text)
        .contains("Wards (from the MPS Monthly Crime Dashboard's SNT rows)")
        .doesNotContain("No ward table: the MPS tables count crimes by borough");
    // The dashboard's positive outcomes for hate crime: 42 against 30.
    assertThat(text).contains("42 in the current 12 months against 30");
    // The inputs' arithmetic holds with the dashboard's rows counted as kept.
    assertThat(text).containsPattern("([\\d,]+) rows read = \\1 kept \\+ 0 rejected");
  }
}
