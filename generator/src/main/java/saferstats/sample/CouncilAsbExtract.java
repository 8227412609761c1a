package saferstats.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import saferstats.geo.BritishNationalGrid;

/**
 * A council ASB case-system extract for Harrow, as such systems export them: their own column
 * names, UK dates (some with no time), free-text categories typed several ways, some cases with
 * only a ward, a few with no place, and three bad rows. Drawn from its own seeded stream after
 * every police.uk and MPS file, so those stay byte-identical. Counts are synthetic.
 */
final class CouncilAsbExtract {
  static final String FILE = "records/harrow-council-asb-2021-07_2024-06.csv";
  static final String MAP = "records/harrow-council-asb.columns";
  static final String HEADER =
      "Case Ref,Date Reported,Incident Type,Ward,LSOA,Easting,Northing,Status";

  /** A category, its share of cases, and the ways officers type it (the first is the tidy one). */
  enum Category {
    NOISE(0.30, "Noise nuisance", "NOISE NUISANCE", "noise nuisance ", "Noise  nuisance"),
    ROWDY(
        0.18,
        "Rowdy or inconsiderate behaviour",
        "ROWDY OR INCONSIDERATE BEHAVIOUR",
        "Rowdy or Inconsiderate Behaviour"),
    NEIGHBOUR(0.14, "Neighbour dispute", "Neighbour Dispute", "NEIGHBOUR DISPUTE"),
    DRUGS(0.10, "Drug use or dealing", "Drug Use or Dealing", " drug use or dealing"),
    FLY_TIPPING(0.10, "Fly-tipping", "FLY-TIPPING", "Fly-Tipping"),
    VEHICLE(0.07, "Vehicle nuisance", "Vehicle Nuisance"),
    DRINKING(0.05, "Street drinking", "STREET DRINKING"),
    GRAFFITI(0.04, "Graffiti", "graffiti"),
    BEGGING(0.02, "Begging", "BEGGING ");

    final double share;
    final String[] spellings;

    Category(double share, String... spellings) {
      this.share = share;
      this.spellings = spellings;
    }

    String tidy() {
      return spellings[0];
    }
  }

  /** Bad rows a real extract has: the date text and why it is bad. */
  static final String[][] BAD = {
    {"31/02/2023 10:15", "impossible date"}, {"", "no date"}, {"14/07/2031", "date in the future"}
  };

  private static final int[] BAD_AFTER = {1000, 5000, 9000};
  private static final double PER_MONTH = 300;
  private static final double TREND_PER_YEAR = 0.94;
  private static final DateTimeFormatter UK_DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private record Case(
      LocalDateTime when,
      boolean timeKept,
      Category category,
      String spelling,
      Lsoa lsoa,
      String place,
      long east,
      long north,
      String status) {}

  /** What was written, for the README and the tests. */
  record Summary(
      int rows,
      int withLsoa,
      int wardOnly,
      int noPlace,
      int dateOnly,
      List<Integer> badLines,
      Map<String, int[]> byCategory) {}

  private CouncilAsbExtract() {}

  /** The README section: columns, quirks with their counts, and the tally tests check against. */
  static String readme(Summary s) {
    StringBuilder b = new StringBuilder();
    b.append("\n## Council ASB extract\n\n")
        .append("`")
        .append(FILE)
        .append(
            "`: a synthetic extract of Harrow Council's ASB case system (counts invented; LSOA codes,")
        .append(" ward names real), with its column map `")
        .append(MAP)
        .append("` beside it, so `saferstats trends sample-data --area Harrow` reads it beside the")
        .append(" police.uk files. Columns `")
        .append(HEADER)
        .append("`; one row per case, in date order; LF line ends; about 300 cases a month with a")
        .append(" summer peak and 6% a year fewer; its own seeded stream.\n\n")
        .append("- Dates are UK `dd/MM/yyyy HH:mm`; ")
        .append(s.dateOnly())
        .append(" rows have the date alone (`dd/MM/yyyy`).\n")
        .append(
            "- `Incident Type` is free text typed several ways (`Noise nuisance`, `NOISE NUISANCE`,")
        .append(
            " `noise nuisance `, `Noise  nuisance`, ...): nine categories once case and spaces are")
        .append(" folded.\n")
        .append("- ")
        .append(s.withLsoa())
        .append(" rows have an LSOA code and Easting/Northing (British National Grid metres, the")
        .append(" sample's street points projected with proj4j and jittered by up to 30 m); ")
        .append(s.wardOnly())
        .append(" have only the ward name; ")
        .append(s.noPlace())
        .append(" have no place at all.\n")
        .append("- Three bad rows, as real extracts have: line ")
        .append(s.badLines().get(0))
        .append(" `31/02/2023 10:15` (impossible date), line ")
        .append(s.badLines().get(1))
        .append(" no date, line ")
        .append(s.badLines().get(2))
        .append(" `14/07/2031` (in the future). ")
        .append(s.rows())
        .append(" good rows, ")
        .append(s.rows() + 3)
        .append(" data lines.\n\n")
        .append("Cases by category (case and spaces folded), by date reported:\n\n")
        .append("| category | 2023-07 .. 2024-06 | 2022-07 .. 2023-06 |\n|---|---:|---:|\n");
    int current = 0;
    int previous = 0;
    for (Map.Entry<String, int[]> e : s.byCategory().entrySet()) {
      b.append("| ")
          .append(e.getKey())
          .append(" | ")
          .append(e.getValue()[0])
          .append(" | ")
          .append(e.getValue()[1])
          .append(" |\n");
      current += e.getValue()[0];
      previous += e.getValue()[1];
    }
    b.append("| total | ").append(current).append(" | ").append(previous).append(" |\n");
    return b.toString();
  }

  static Summary write(Path outDir, List<Site> harrow, long seed) throws IOException {
    Rng rng = Rng.derive(seed, "council-asb");
    double[] siteWeights = new double[harrow.size()];
    for (int i = 0; i < siteWeights.length; i++) {
      siteWeights[i] = harrow.get(i).weight();
    }
    double[] sites = Rng.cumulative(siteWeights);
    double[] shares = new double[Category.values().length];
    for (Category c : Category.values()) {
      shares[c.ordinal()] = c.share;
    }
    double[] categories = Rng.cumulative(shares);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < SampleLayout.MONTHS; i++) {
      YearMonth m = SampleLayout.START.plusMonths(i);
      double season = 1 + 0.25 * StrictMath.cos(2 * StrictMath.PI * (m.getMonthValue() - 7) / 12.0);
      int n = rng.poisson(PER_MONTH * season * StrictMath.pow(TREND_PER_YEAR, i / 12.0));
      for (int k = 0; k < n; k++) {
        cases.add(
            oneCase(rng, m, harrow.get(rng.pick(sites)), Category.values()[rng.pick(categories)]));
      }
    }
    cases.sort(Comparator.comparing(Case::when));
    return write(outDir, cases);
  }

  private static Case oneCase(Rng rng, YearMonth m, Site site, Category cat) {
    LocalDateTime when =
        m.atDay(1 + rng.below(m.lengthOfMonth())).atTime(7 + rng.below(17), rng.below(60));
    String spelling = cat.spellings[rng.chance(0.6) ? 0 : rng.below(cat.spellings.length)];
    double placeRoll = rng.uniform();
    String place = placeRoll < 0.01 ? "none" : placeRoll < 0.09 ? "ward" : "point";
    Place street = site.street(rng);
    BritishNationalGrid.Point p =
        BritishNationalGrid.toGrid(street.lonMicro() / 1e6, street.latMicro() / 1e6);
    String status =
        rng.chance(0.1)
            ? "Referred"
            : m.isAfter(SampleLayout.START.plusMonths(32)) ? "Open" : "Closed";
    return new Case(
        when,
        !rng.chance(0.1),
        cat,
        spelling,
        site.lsoa(),
        place,
        Math.round(p.easting() + (rng.uniform() - 0.5) * 60),
        Math.round(p.northing() + (rng.uniform() - 0.5) * 60),
        status);
  }

  private static Summary write(Path outDir, List<Case> cases) throws IOException {
    Path file = outDir.resolve(FILE);
    Files.createDirectories(file.getParent());
    Map<String, int[]> byCategory = new TreeMap<>();
    int withLsoa = 0;
    int wardOnly = 0;
    int noPlace = 0;
    int dateOnly = 0;
    List<Integer> badLines = new ArrayList<>();
    Map<Integer, Integer> refs = new TreeMap<>();
    YearMonth currentFrom = SampleLayout.START.plusMonths(SampleLayout.MONTHS - 12);
    YearMonth previousFrom = currentFrom.minusMonths(12);
    try (CsvSink sink = CsvSink.open(file)) {
      sink.line(HEADER);
      int line = 1;
      for (int i = 0; i < cases.size(); i++) {
        for (int b = 0; b < BAD_AFTER.length; b++) {
          if (i == BAD_AFTER[b]) {
            line++;
            badLines.add(line);
            sink.line("ASB/BAD/" + (b + 1) + "," + BAD[b][0] + ",Noise nuisance,,,,,Open");
          }
        }
        Case c = cases.get(i);
        int year = c.when().getYear();
        int ref = refs.merge(year, 1, Integer::sum);
        String date = (c.timeKept() ? UK_DATE_TIME : UK_DATE).format(c.when());
        dateOnly += c.timeKept() ? 0 : 1;
        String ward = c.place().equals("none") ? "" : c.lsoa().wardName();
        boolean point = c.place().equals("point");
        withLsoa += point ? 1 : 0;
        wardOnly += c.place().equals("ward") ? 1 : 0;
        noPlace += c.place().equals("none") ? 1 : 0;
        sink.line(
            String.join(
                ",",
                String.format(Locale.ROOT, "ASB/%d/%06d", year, ref),
                date,
                c.spelling(),
                ward,
                point ? c.lsoa().code() : "",
                point ? Long.toString(c.east()) : "",
                point ? Long.toString(c.north()) : "",
                c.status()));
        line++;
        YearMonth m = YearMonth.from(c.when());
        int[] counts = byCategory.computeIfAbsent(c.category().tidy(), k -> new int[2]);
        if (!m.isBefore(currentFrom)) {
          counts[0]++;
        } else if (!m.isBefore(previousFrom)) {
          counts[1]++;
        }
      }
    }
    Files.writeString(
        outDir.resolve(MAP),
        "# Column map of the council ASB extract: saferstats reads the CSV beside it without --columns.\n"
            + "date=Date Reported\ncategory=Incident Type\nid=Case Ref\nward=Ward\nlsoa=LSOA\n"
            + "easting=Easting\nnorthing=Northing\n");
    return new Summary(cases.size(), withLsoa, wardOnly, noPlace, dateOnly, badLines, byCategory);
  }
}
