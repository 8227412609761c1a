package saferstats.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import saferstats.load.SeriesSpan;
import saferstats.model.Month;
import saferstats.stats.Significance;

/**
 * What the report opens with (issue 26.1): at most {@link #MAX} findings, each one sentence with
 * its figure and its caution, chosen by the rules below in this order (the README lists them):
 *
 * <ol>
 *   <li>{@link #harmLeader}: the priority carrying the largest share of the area's harm;
 *   <li>{@link #cleanChanges}: significant 12-month changes with no caution on their months;
 *   <li>{@link #cautionedChanges}: significant changes whose months hold an abrupt month, a step, a
 *       known break or a splice, and steps inside the compared months whatever the test said;
 *   <li>{@link #peers}: where the area stands among its peers on all crime;
 *   <li>{@link #volumeMoves}: a priority that moved into or out of the top three by volume;
 *   <li>{@link #persistentPlace}: an LSOA at the top of a priority in each of the last three
 *       12-month windows.
 * </ol>
 *
 * Within a rule, priorities come in the matrix's order (harm share first). A finding that rests on
 * the 12-month comparison must name every caution inside its months ({@link #namesItsCautions}), or
 * it is not a finding.
 */
public record KeyFindings(List<Finding> findings) {
  /** The most findings the report opens with. */
  public static final int MAX = 8;

  /** Per rule of changes: more would crowd out the rest. */
  static final int PER_RULE = 3;

  /** The top of the area's volume, for moves into or out of it. */
  static final int TOP = 3;

  /**
   * One finding.
   *
   * @param rule which rule chose it: harm, change, cautioned-change, peers, volume, place
   * @param priority the priority's label, or null for the area as a whole
   */
  public record Finding(String rule, String priority, String sentence) {}

  /**
   * @param comparatorWord how sentences name the comparator ("the force", "London")
   * @param peers the area among its peers, or null
   */
  public static KeyFindings of(
      Assessment a, PriorityMatrix matrix, BenchmarkReport peers, String comparatorWord) {
    Month end = a.trends().end();
    List<Finding> all = new ArrayList<>();
    harmLeader(matrix).ifPresent(all::add);
    all.addAll(cleanChanges(matrix, end, comparatorWord));
    all.addAll(cautionedChanges(matrix, end, comparatorWord));
    peers(peers).ifPresent(all::add);
    all.addAll(volumeMoves(matrix));
    persistentPlace(matrix, a).ifPresent(all::add);
    return new KeyFindings(all.stream().limit(MAX).toList());
  }

  /**
   * The one way a finding quotes a priority's 12-month verdict: the quarterly update's sentence for
   * the 12 months (with its cautions), so a change to how verdicts are worded reaches the findings
   * unchanged.
   */
  /** What the verdict found inside the compared months, as a clause, or nothing. */
  private static String found(Verdict v) {
    return v.qualified() ? ", " + v.found() : "";
  }

  static String verdict(PriorityTrend p, Month end, String comparatorWord) {
    return Sentences.twelveMonths(p, end, comparatorWord);
  }

  /** Rule 1: the largest harm share, beside its share of crimes. */
  static Optional<Finding> harmLeader(PriorityMatrix m) {
    PriorityMatrix.Row r = m.harmLeader();
    if (r == null || r.volumeShare() == null || r.priority().harm().averageWeight() == null) {
      return Optional.empty();
    }
    HarmFigures h = r.priority().harm();
    boolean breakInMix = h.flags().contains(PriorityTrend.KNOWN_BREAK);
    return Optional.of(
        new Finding(
            "harm",
            r.priority().label(),
            r.priority().label()
                + " carries the largest share of the area's harm: "
                + pct(r.harmShare())
                + " of its crime weighed by severity, from "
                + pct(r.volumeShare())
                + " of its crimes ("
                + String.format(Locale.UK, "%,.1f", h.averageWeight())
                + " per crime, an average weight"
                + (h.year() == null ? "" : " over the " + h.year() + " offence mix")
                + ", so its harm follows its count, not its mix of offences"
                + (breakInMix ? "; " + AreaHarm.mixPredates() : "")
                + (h.partial()
                    ? String.format(
                        Locale.UK,
                        "; partial: %,d of its %,d crimes have no weight, so the share is a floor",
                        h.unweightedCrimes(),
                        h.crimes())
                    : "")
                + ")."));
  }

  /** Rule 2: significant changes whose compared months hold no caution. */
  static List<Finding> cleanChanges(PriorityMatrix m, Month end, String word) {
    return changes(m)
        .filter(p -> !cautioned(p))
        .map(p -> new Finding("change", p.label(), verdict(p, end, word)))
        .filter(f -> namesItsCautions(f.sentence(), byLabel(m, f.priority())))
        .limit(PER_RULE)
        .toList();
  }

  /**
   * Rule 3: significant changes whose months hold a caution, and steps inside the compared months
   * whatever the test said; the sentence names each caution or the finding is dropped.
   */
  static List<Finding> cautionedChanges(PriorityMatrix m, Month end, String word) {
    // Significant changes first, then steps the test did not call significant.
    Stream<PriorityTrend> significant = changes(m).filter(KeyFindings::cautioned);
    Stream<PriorityTrend> steps =
        m.rows().stream()
            .map(PriorityMatrix.Row::priority)
            .filter(p -> comparable(p) && !significant(p) && stepInside(p));
    return Stream.concat(significant, steps)
        .map(p -> new Finding("cautioned-change", p.label(), verdict(p, end, word)))
        .filter(f -> namesItsCautions(f.sentence(), byLabel(m, f.priority())))
        .limit(PER_RULE)
        .toList();
  }

  /** Rule 4: the area's place among its peers on all crime, in the benchmark's own sentence. */
  static Optional<Finding> peers(BenchmarkReport peers) {
    if (peers == null) {
      return Optional.empty();
    }
    return peers.priorities().stream()
        .filter(p -> p.name().equals(Benchmark.ALL_CRIME))
        .map(p -> new Finding("peers", null, p.sentence()))
        .findFirst();
  }

  /**
   * Rule 5: priorities that moved into or out of the top {@value #TOP} of the set by volume, the
   * current 12 months against the previous 12 (only priorities with both counts are ranked; the
   * cautions inside those months are said).
   */
  static List<Finding> volumeMoves(PriorityMatrix m) {
    List<PriorityTrend> ranked =
        m.rows().stream()
            .map(PriorityMatrix.Row::priority)
            .filter(KeyFindings::comparable)
            .toList();
    if (ranked.size() <= TOP) {
      return List.of();
    }
    List<PriorityTrend> now = byCount(ranked, true);
    List<PriorityTrend> before = byCount(ranked, false);
    List<Finding> out = new ArrayList<>();
    for (PriorityTrend p : ranked) {
      int a = now.indexOf(p);
      int b = before.indexOf(p);
      if ((a < TOP) == (b < TOP)) {
        continue;
      }
      PairFigures t = p.windows().twelve();
      String sentence =
          p.label()
              + (a < TOP ? " moved into" : " moved out of")
              + " the top "
              + TOP
              + " of these priorities by volume: "
              + ordinal(a + 1)
              + " with "
              + n(t.now().count())
              + " crimes in the 12 months to "
              + t.now().to().longName()
              + ", "
              + ordinal(b + 1)
              + " with "
              + n(t.yearEarlier().count())
              + " the 12 months before"
              + found(p.verdict())
              + Sentences.policeActivity(p)
              + splice(p)
              + ".";
      if (namesItsCautions(sentence, p)) {
        out.add(new Finding("volume", p.label(), sentence));
      }
    }
    return out.stream().limit(1).toList();
  }

  /**
   * Rule 6: the first priority, in the matrix's order, whose top LSOA was its top LSOA in each of
   * the last three 12-month windows.
   */
  static Optional<Finding> persistentPlace(PriorityMatrix m, Assessment a) {
    for (PriorityMatrix.Row r : m.rows()) {
      HotspotsReport h = a.hotspotsOf(r.priority());
      if (h == null || h.persistent() == null) {
        continue;
      }
      for (HotspotsReport.PersistentPlace place : h.persistent()) {
        if (place.windows().size() == 3 && place.windows().stream().allMatch(w -> w.rank() == 1)) {
          return Optional.of(
              new Finding(
                  "place",
                  r.priority().label(),
                  place.name()
                      + " ("
                      + place.code()
                      + ") has had the most "
                      + lower(r.priority().label())
                      + " of the area's LSOAs in each of the last three 12-month windows ("
                      + String.join(
                          ", ",
                          place.windows().stream()
                              .map(w -> n(w.count()) + " to " + w.to())
                              .toList())
                      + ")"
                      + Sentences.policeActivity(r.priority())
                      + "."));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code sentence} names every caution inside the 12-month comparison of {@code p}: each
   * abrupt month, the step's first month, each known break's first month, a splice, and a count
   * that follows police activity.
   */
  static boolean namesItsCautions(String sentence, PriorityTrend p) {
    if (p.flags().contains(PriorityTrend.POLICE_ACTIVITY)
        && !sentence.contains(Verdict.POLICE_ACTIVITY)) {
      return false;
    }
    Cautions c = p.cautions();
    if (c == null) {
      return true;
    }
    PairFigures t = p.windows().twelve();
    Stream<Month> months =
        Stream.of(
                c.abruptMonths().stream()
                    .map(Cautions.AbruptMonth::month)
                    .filter(x -> inside(x, x, t)),
                Stream.ofNullable(c.step()).map(Cautions.Step::from).filter(x -> inside(x, x, t)),
                c.knownBreaks().stream()
                    .filter(b -> inside(b.from(), b.to(), t))
                    .map(Cautions.KnownBreak::from))
            .flatMap(s -> s);
    boolean spliceSaid =
        !c.splices().contains(SeriesSpan.TWELVE.id()) || sentence.contains("splice");
    return spliceSaid && months.allMatch(x -> sentence.contains(x.toString()));
  }

  /** Whether the 12 months' compared windows hold an abrupt month, a step, a break or a splice. */
  static boolean cautioned(PriorityTrend p) {
    Cautions c = p.cautions();
    if (c == null) {
      return false;
    }
    PairFigures t = p.windows().twelve();
    return c.abruptMonths().stream().anyMatch(x -> inside(x.month(), x.month(), t))
        || stepInside(p)
        || c.knownBreaks().stream().anyMatch(b -> inside(b.from(), b.to(), t))
        || c.splices().contains(SeriesSpan.TWELVE.id());
  }

  static boolean stepInside(PriorityTrend p) {
    Cautions c = p.cautions();
    return c != null
        && c.step() != null
        && inside(c.step().from(), c.step().from(), p.windows().twelve());
  }

  private static Stream<PriorityTrend> changes(PriorityMatrix m) {
    return m.rows().stream()
        .map(PriorityMatrix.Row::priority)
        .filter(p -> comparable(p) && significant(p));
  }

  private static boolean significant(PriorityTrend p) {
    Significance s = p.significance() == null ? null : p.significance().label();
    return s == Significance.INCREASE || s == Significance.DECREASE;
  }

  /** Both 12-month windows counted and not too few to compare. */
  private static boolean comparable(PriorityTrend p) {
    PairFigures t = p.windows().twelve();
    return t.now().complete()
        && t.yearEarlier().complete()
        && !Comparison.isSmall(t.now().count(), t.yearEarlier().count());
  }

  private static boolean inside(Month from, Month to, PairFigures t) {
    return Stream.of(t.now(), t.yearEarlier())
        .anyMatch(w -> !from.isAfter(w.to()) && !to.isBefore(w.from()));
  }

  private static List<PriorityTrend> byCount(List<PriorityTrend> ps, boolean current) {
    return ps.stream()
        .sorted(
            Comparator.comparing(
                    (PriorityTrend p) ->
                        current
                            ? p.windows().twelve().now().count()
                            : p.windows().twelve().yearEarlier().count())
                .reversed()
                .thenComparing(PriorityTrend::label))
        .toList();
  }

  private static PriorityTrend byLabel(PriorityMatrix m, String label) {
    return m.rows().stream()
        .map(PriorityMatrix.Row::priority)
        .filter(p -> p.label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  private static String splice(PriorityTrend p) {
    return p.cautions() != null && p.cautions().splices().contains(SeriesSpan.TWELVE.id())
        ? "; the two 12 months are spliced from different MPS releases"
        : "";
  }

  private static String pct(double fraction) {
    return String.format(Locale.UK, "%.1f%%", fraction * 100);
  }

  private static String ordinal(int n) {
    return BenchmarkSentence.nth(n);
  }

  private static String lower(String label) {
    return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  private static String n(long v) {
    return String.format(Locale.UK, "%,d", v);
  }
}
