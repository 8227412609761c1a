package saferstats.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the committed sample data: 36 months of Met, BTP and outcomes files with quirks, and MPS
 * London Datastore tables counted from the same Met crimes.
 */
final class SampleRun {
  private final Path outDir;
  private final long seed;
  private final MetMonth met;
  private final BtpMonth btp;
  private final SitesByLsoa sites;
  private final MpsTally mps;
  private final OutcomeBuckets outcomes =
      new OutcomeBuckets(SampleLayout.START, SampleLayout.MONTHS);
  private final List<MonthStats> stats = new ArrayList<>();
  private int refreshChanged;
  private int refreshRows;
  private int lostOutcomes;

  SampleRun(Path outDir, long seed) throws IOException {
    this.outDir = outDir;
    this.seed = seed;
    List<Lsoa> london = LsoaTable.london();
    PlaceNames names = PlaceNames.load();
    // Points inside the real LSOA polygons, from a stream of their own: only coordinates depend on
    // it.
    SiteBuilder builder =
        new SiteBuilder(names, LsoaPolygons.load(Rng.derive(seed, "coordinates")));
    this.met = MetMonth.sample(london, builder, seed, SampleLayout.HOTSPOT_FROM);
    List<List<Site>> boroughs = met.boroughSites();
    this.btp = BtpMonth.create(boroughs, names, builder, Rng.derive(seed, "btp-stations"));
    this.sites = new SitesByLsoa(boroughs.stream().flatMap(List::stream).toList());
    this.mps =
        new MpsTally(
            seed,
            london,
            List.of(BoroughExtents.HARROW, BoroughExtents.BRENT, BoroughExtents.BARNET));
  }

  void run() throws IOException {
    LsoaPolygons.copyTo(outDir);
    for (int i = 0; i < SampleLayout.MONTHS; i++) {
      month(SampleLayout.START.plusMonths(i), i);
    }
    // After every police.uk file, from its own seeded streams: the police.uk bytes never change.
    MpsTables.Summary mpsSummary = new MpsTables(mps, seed).write(outDir);
    SampleReadme readme =
        new SampleReadme(
            seed,
            stats,
            met.hotspot(),
            new int[] {refreshRows, refreshChanged, lostOutcomes},
            mpsSummary);
    readme.write(outDir.resolve("README.md"));
    CouncilAsbExtract.Summary asb =
        CouncilAsbExtract.write(outDir, met.boroughSites().get(0), seed);
    Files.writeString(
        outDir.resolve("README.md"), CouncilAsbExtract.readme(asb), StandardOpenOption.APPEND);
  }

  private void month(YearMonth m, int index) throws IOException {
    Rng rng = Rng.derive(seed, "met-" + m);
    List<Incident> rows = met.generate(m, index, rng);
    mps.add(m, rows);
    outcomes.collect(rows);
    QuirkInjector.Added added =
        QuirkInjector.apply(rows, rng, 5 + rng.below(11), 2 + rng.below(4), sites);
    rows.sort(PoliceUkFormat.FILE_ORDER);
    boolean written = !m.equals(SampleLayout.MISSING);
    OutcomeBuckets.Written outcomeCounts = new OutcomeBuckets.Written(0, 0);
    if (written) {
      writeStreet(path(SampleLayout.streetFile(m)), rows, SampleLayout.AS_OF, m);
      outcomeCounts = outcomes.write(m, path(SampleLayout.outcomesFile(m)), SampleLayout.MISSING);
    } else {
      lostOutcomes = outcomes.discard(m);
    }
    if (m.equals(SampleLayout.REFRESH)) {
      writeRefresh(rows);
    }
    List<Incident> btpRows = btp.generate(m, Rng.derive(seed, "btp-" + m));
    try (CsvSink sink = CsvSink.open(path(SampleLayout.btpFile(m)))) {
      sink.line(PoliceUkFormat.STREET_HEADER);
      for (Incident inc : btpRows) {
        sink.line(PoliceUkFormat.streetRow(inc, PoliceUkFormat.BTP, SampleLayout.AS_OF));
      }
    }
    stats.add(MonthStats.of(m, written, rows, added, outcomeCounts, btpRows));
  }

  private void writeStreet(Path file, List<Incident> rows, YearMonth asOf, YearMonth m)
      throws IOException {
    boolean crlf = SampleLayout.CRLF.equals(m);
    boolean bom = SampleLayout.BOM.equals(m);
    try (CsvSink sink = CsvSink.open(file, crlf, bom)) {
      sink.line(PoliceUkFormat.STREET_HEADER);
      for (Incident inc : rows) {
        sink.line(PoliceUkFormat.streetRow(inc, PoliceUkFormat.MET, asOf));
      }
    }
  }

  /** The same month downloaded a month later: outcomes that arrived since then show up. */
  private void writeRefresh(List<Incident> rows) throws IOException {
    writeStreet(path(SampleLayout.refreshFile()), rows, SampleLayout.REFRESH_AS_OF, null);
    refreshRows = rows.size();
    for (Incident inc : rows) {
      if (!inc.lastOutcome(SampleLayout.AS_OF)
          .equals(inc.lastOutcome(SampleLayout.REFRESH_AS_OF))) {
        refreshChanged++;
      }
    }
  }

  private Path path(String relative) {
    return outDir.resolve(relative);
  }
}
