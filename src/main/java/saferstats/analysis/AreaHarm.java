package saferstats.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import saferstats.harm.CategoryWeight;
import saferstats.harm.HarmBasis;
import saferstats.harm.OffenceCodes;
import saferstats.load.AreaContext;
import saferstats.load.LoadedArea;
import saferstats.load.MonthlyCounts;
import saferstats.load.SeriesSpan;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.model.Window;
import saferstats.priorities.ResolvedPriority;

/**
 * The area's harm over the current 12 months, the window of the trends headline (SPEC 4.8): each
 * crime category's average severity for the area's force, the area's crimes and its weighed harm,
 * from which each priority's harm and shares follow. Computed once per report.
 */
public final class AreaHarm {
  /** The last month of the offence mix's year (2019/20): breaks after it are not in the mix. */
  static final Month MIX_LAST_MONTH = Month.of(2020, 3);

  private final HarmBasis basis;
  private final InputKind kind;
  private final String force;

  /** The area's force as the Home Office would name it, found in the mix or not (null: none). */
  private final String homeOffice;

  private final Window window;
  private final KnownBreaks breaks;

  /** The categories of the area's own kind of source; the others cut across them. */
  private final Set<String> ofKind;

  /** Each crime category's weight, by category. */
  private final Map<String, CategoryWeight> weights = new TreeMap<>();

  /** Each category's crimes in the window (null when a month is missing). */
  private final Map<String, Long> crimes = new TreeMap<>();

  private final Long areaCrimes;
  private final double areaHarm;
  private final List<String> unweighted = new ArrayList<>();
  private final long unweightedCrimes;

  private AreaHarm(
      HarmBasis basis, AreaContext area, InputKind kind, Set<String> ofKind, KnownBreaks breaks) {
    this.basis = basis;
    this.kind = kind;
    this.breaks = breaks;
    this.ofKind = Set.copyOf(ofKind);
    this.window = area.windows().twelve().now();
    this.homeOffice = area.force() == null ? null : basis.codes().homeOfficeForce(area.force());
    this.force =
        homeOffice == null || !weighable(kind) ? null : basis.mix().force(homeOffice).orElse(null);
    MonthlyCounts counts = area.at(SeriesSpan.TWELVE).counts();
    Long total = 0L;
    double harm = 0;
    long without = 0;
    for (String c : counts.categories()) {
      Long n = new MonthlySeries(counts, Set.of(c)).window(window).count();
      crimes.put(c, n);
      // Another source's categories beside the area's own (the MPS dashboard's cross-cutting
      // subgroups beside the MPS tables) overlap them: they are no part of the area's crime.
      if (!ofKind.contains(c) || !OffenceCodes.isCrime(kind, c)) {
        continue;
      }
      total = n == null || total == null ? null : total + n;
      CategoryWeight w = force == null ? null : basis.weight(kind, c, force);
      if (w != null) {
        weights.put(c, w);
      }
      if (w != null && w.average() != null) {
        harm += n == null ? 0 : n * w.average();
      } else if (n != null && n > 0) {
        unweighted.add(c);
        without += n;
      }
    }
    this.areaCrimes = total;
    this.areaHarm = harm;
    this.unweightedCrimes = without;
  }

  /** The harm of an area loaded from {@code kind} of source, by {@code basis}. */
  public static AreaHarm of(HarmBasis basis, AreaContext area, InputKind kind) {
    return new AreaHarm(basis, area, kind, area.categories(), KnownBreaks.shipped());
  }

  /** The harm of {@code loaded}, its crime counted over the categories of its own kind only. */
  public static AreaHarm of(HarmBasis basis, LoadedArea loaded) {
    return new AreaHarm(
        basis,
        loaded.context(),
        loaded.kind(),
        loaded.categoriesByKind().getOrDefault(loaded.kind(), loaded.context().categories()),
        KnownBreaks.shipped());
  }

  static AreaHarm of(HarmBasis basis, AreaContext area, InputKind kind, KnownBreaks breaks) {
    return new AreaHarm(basis, area, kind, area.categories(), breaks);
  }

  /**
   * The harm of priority {@code p}, whose figures come from {@code source} and count {@code
   * current12} crimes in the window.
   */
  HarmFigures figures(ResolvedPriority p, InputKind source, WindowCount current12) {
    if (source != kind || !weighable(kind)) {
      // Local records and the dashboard's cross-cutting flags: crimes of no offence code.
      return figures(
          null,
          null,
          null,
          source == InputKind.RECORDS ? null : share(current12.count(), areaCrimes),
          source == InputKind.RECORDS ? null : current12.count(),
          List.of(),
          List.of(),
          source.id() + " categories have no severity weight of their own: shown by volume");
    }
    List<String> crime =
        p.categories().stream().filter(c -> OffenceCodes.isCrime(kind, c)).toList();
    // A priority whose categories have no rows in the inputs takes none: its 0 crimes weigh 0.
    if (crime.isEmpty() && !p.categories().isEmpty()) {
      return figures(
          null,
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          "anti-social behaviour is not crime: it has no severity weight and no share of the"
              + " area's crime; shown by volume");
    }
    List<HarmFigures.CategoryHarm> rows = new ArrayList<>();
    Long n = 0L;
    double harm = 0;
    long weighted = 0;
    long unweightedCrimes = 0;
    List<String> missing = new ArrayList<>();
    for (String c : crime) {
      if (!crimes.containsKey(c)) {
        // Not published in the window's months (an MPS category of an older release): it has no
        // crimes there, as the priority's own count has it, and no place among its categories.
        continue;
      }
      Long cn = crimes.get(c);
      CategoryWeight w = weights.get(c);
      Double avg = w == null ? null : w.average();
      String why = w == null ? (ofKind.contains(c) ? null : crossCutting()) : w.reason();
      rows.add(
          new HarmFigures.CategoryHarm(
              c,
              cn,
              avg == null ? null : round(avg, 4),
              avg == null || cn == null ? null : round(cn * avg, 1),
              why,
              w == null ? null : w.note()));
      n = cn == null || n == null ? null : n + cn;
      if (avg != null && cn != null) {
        harm += cn * avg;
        weighted += cn;
      } else if (avg == null && (cn == null || cn > 0)) {
        missing.add(c + (why == null ? "" : " (" + why + ")"));
        unweightedCrimes += cn == null ? 0 : cn;
      }
    }
    Double volume = share(n, areaCrimes);
    if (force == null) {
      return figures(null, null, null, volume, n, rows, List.of(), noForce());
    }
    if (n == null) {
      return figures(
          null, null, null, volume, null, rows, List.of(), "a month of the 12 has no data");
    }
    if (!missing.isEmpty() && weighted == 0) {
      return figures(
          null,
          null,
          null,
          volume,
          n,
          rows,
          List.of(),
          "no weight for " + String.join("; ", missing) + "; shown by volume");
    }
    Double harmShare = areaCrimes == null || areaHarm == 0 ? null : round(harm / areaHarm, 4);
    if (!missing.isEmpty()) {
      // Part of the priority has no weight (the dashboard's domestic abuse beside the tables'
      // sexual offences): the rest is weighed and ranked, marked partial, rather than the whole
      // priority, rape and robbery included, dropping to "by volume".
      return new HarmFigures(
          basis.weights().name(),
          force,
          basis.mix().year(),
          round(harm / weighted, 2),
          round(harm, 1),
          harmShare,
          volume,
          n,
          window.from(),
          window.to(),
          rows,
          flags(crime),
          String.format(
              Locale.UK,
              "partial: %,d of its %,d crimes have no weight (%s); its harm and harm share are of"
                  + " the other %,d",
              unweightedCrimes,
              n,
              String.join("; ", missing),
              weighted),
          true,
          unweightedCrimes);
    }
    return figures(
        n == 0 ? null : round(harm / n, 2),
        round(harm, 1),
        harmShare,
        volume,
        n,
        rows,
        flags(crime),
        n == 0 ? "no crimes in the 12 months: no average weight" : null);
  }

  /** Why a count of another source than the area's own has no weight. */
  private String crossCutting() {
    return kind == InputKind.MPS
        ? "a cross-cutting count of the MPS Monthly Crime Dashboard, with no offence codes: no"
            + " weight of its own"
        : "a count of another source than the area's, with no offence codes: no weight of its own";
  }

  private HarmFigures figures(
      Double average,
      Double harm,
      Double harmShare,
      Double volumeShare,
      Long n,
      List<HarmFigures.CategoryHarm> rows,
      List<String> flags,
      String reason) {
    return new HarmFigures(
        basis.weights().name(),
        force,
        force == null ? null : basis.mix().year(),
        average,
        harm,
        harmShare,
        volumeShare,
        n,
        window.from(),
        window.to(),
        rows,
        flags,
        reason,
        false,
        null);
  }

  /**
   * known-break when a national break after the mix's year, at or before the window's end, touches
   * the categories: the mix does not know the counting change (violence, May 2023).
   */
  private List<String> flags(Collection<String> categories) {
    return mixBreaks(categories).isEmpty() ? List.of() : List.of(PriorityTrend.KNOWN_BREAK);
  }

  private List<KnownBreaks.Break> mixBreaks(Collection<String> categories) {
    return breaks.all().stream()
        .filter(b -> b.from().isAfter(MIX_LAST_MONTH) && !b.from().isAfter(window.to()))
        .filter(b -> b.touches(kind, categories))
        .toList();
  }

  /**
   * What the known-break mark on a harm share means, in words: "the 2019/20 offence mix predates
   * the May 2023 counting-rule change", the shipped breaks later than the mix's year named. The
   * harm windows may lie wholly after the break, so it is never said to be inside them.
   */
  public static String mixPredates() {
    return "the "
        + HarmBasis.MIX_YEAR
        + " offence mix predates "
        + KnownBreaks.shipped().all().stream()
            .filter(b -> b.from().isAfter(MIX_LAST_MONTH))
            .map(KnownBreaks.Break::name)
            .distinct()
            .reduce((a, b) -> a + " and " + b)
            .orElse("a later counting change");
  }

  /** Whether categories of this kind have offence codes: police.uk crime types, MPS categories. */
  private static boolean weighable(InputKind kind) {
    return kind == InputKind.POLICE_UK || kind == InputKind.MPS;
  }

  private String noForce() {
    return "the Home Office offence mix ("
        + basis.mix().year()
        + ") has no force '"
        + Optional.ofNullable(homeOffice).orElse("(none)")
        + "'";
  }

  /** What a reader of any harm figure must know: the approximation, the licence, the gaps. */
  List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (!weighable(kind)) {
      notes.add("Harm: " + kind.id() + " categories have no severity weights; shown by volume.");
      return notes;
    }
    if (force == null) {
      notes.add("Harm: no severity weights for this area — " + noForce() + "; shown by volume.");
      return notes;
    }
    notes.add(
        "Harm (current 12 months, "
            + window.from()
            + " to "
            + window.to()
            + "): crimes × the average severity weight of their category ("
            + weightsName()
            + ") over the "
            + force
            + " offence mix of "
            + basis.mix().year()
            + " — an approximation: a category's weight is the force's average over its Home"
            + " Office offence codes, not that of this area's own crimes. Harm and volume shares"
            + " are of the area's crime (every category but anti-social behaviour); shares of"
            + " overlapping priorities do not add up. Anti-social behaviour and categories with"
            + " no offence codes of their own have no weight: a priority of them alone is shown by"
            + " volume; one with only part of its crimes weighted is weighed on that part and"
            + " marked partial.");
    if (!mixBreaks(weights.keySet()).isEmpty()) {
      notes.add(
          "Harm: the "
              + basis.mix().year()
              + " offence mix predates "
              + mixBreaks(weights.keySet()).stream()
                  .map(b -> b.from() + " (" + b.description() + ")")
                  .distinct()
                  .reduce((a, b) -> a + "; " + b)
                  .orElse("")
              + ": harm of the categories it touches is flagged known-break.");
    }
    if (!unweighted.isEmpty()) {
      notes.add(
          String.format(
              Locale.UK,
              "Harm: %,d of the area's %s crimes in the 12 months are in categories with no"
                  + " weight (%s): the area's harm, and so each harm share, leaves them out.",
              unweightedCrimes,
              areaCrimes == null ? "n/a" : String.format(Locale.UK, "%,d", areaCrimes),
              String.join("; ", unweighted)));
    }
    notes.add(HarmBasis.ATTRIBUTION);
    return notes;
  }

  private String weightsName() {
    return basis.weights().name().equals(saferstats.harm.SeverityWeights.ONS_CSS)
        ? "ONS Crime Severity Score per Home Office offence code"
        : "weights per Home Office offence code from " + basis.weights().name();
  }

  private static Double share(Long part, Long whole) {
    return part == null || whole == null || whole == 0 ? null : round((double) part / whole, 4);
  }

  private static double round(double x, int places) {
    double f = Math.pow(10, places);
    return Math.round(x * f) / f;
  }
}
