package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import saferstats.harm.HarmBasis;
import saferstats.harm.SeverityWeights;
import saferstats.load.AreaContext;
import saferstats.load.MonthlyCounts;
import saferstats.model.ForceCoverage;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.model.WindowSet;
import saferstats.priorities.ResolvedPriority;

/**
 * Each priority's harm and shares on a tiny area: 2023, Robbery 1 a month, Violence and sexual
 * offences 2, ASB 5, with the weights of {@code HarmBasisTest}: robbery 800, violence (30 × 200 +
 * 70 × 10) / 100 = 67 for the force "Test".
 */
class AreaHarmTest {
  private static final Month END = Month.of(2023, 12);
  private static final String VIOLENCE = "Violence and sexual offences";

  static AreaContext area(String force, Month missing) {
    return area(force, missing, null);
  }

  /** As above, and {@code extra} at 1 a month when given. */
  static AreaContext area(String force, Month missing, String extra) {
    TreeSet<Month> months = new TreeSet<>(Month.of(2023, 1).through(END));
    if (missing != null) {
      months.remove(missing);
    }
    Map<String, Map<Month, Long>> counts = new TreeMap<>();
    for (Month m : months) {
      counts.computeIfAbsent("Robbery", k -> new TreeMap<>()).put(m, 1L);
      counts.computeIfAbsent(VIOLENCE, k -> new TreeMap<>()).put(m, 2L);
      counts.computeIfAbsent("Anti-social behaviour", k -> new TreeMap<>()).put(m, 5L);
      if (extra != null) {
        counts.computeIfAbsent(extra, k -> new TreeMap<>()).put(m, 1L);
      }
    }
    ForceCoverage coverage = ForceCoverage.over(force, Month.of(2023, 1), END, months);
    MonthlyCounts c = MonthlyCounts.byCategory(counts, coverage);
    return new AreaContext(
        "Testham", force, null, WindowSet.endingAt(END), c, c, counts.keySet(), null);
  }

  private static HarmFigures harm(AreaContext area, String... categories) {
    HarmBasis basis =
        saferstats.harm.HarmBasisFixtures.tiny(
            new SeverityWeights("test", Map.of("34B", 800.0, "8N", 200.0, "105A", 10.0)));
    AreaHarm a = AreaHarm.of(basis, area, InputKind.POLICE_UK);
    ResolvedPriority p =
        new ResolvedPriority("p", "g", true, false, null, Set.of(categories), null);
    WindowCount current12 =
        new MonthlySeries(area.counts(), Set.of(categories)).window(area.windows().twelve().now());
    return a.figures(p, InputKind.POLICE_UK, current12);
  }

  @Test
  void harmIsCrimesTimesTheAverageWeightAndItsShareIsOfTheAreasHarm() {
    // Robbery 12 × 800 = 9,600; violence 24 × 67 = 1,608; the area's harm 11,208 over 36 crimes
    // (ASB's 60 are not crime). Robbery's harm share 9,600 / 11,208 = 0.85653 → 0.8565; its
    // volume share 12 / 36 = 0.3333.
    HarmFigures h = harm(area("Test Constabulary", null), "Robbery");
    assertThat(h.harm()).isEqualTo(9600.0);
    assertThat(h.averageWeight()).isEqualTo(800.0);
    assertThat(h.harmShare()).isEqualTo(0.8565);
    assertThat(h.volumeShare()).isEqualTo(0.3333);
    assertThat(h.crimes()).isEqualTo(12);
    assertThat(h.force()).isEqualTo("Test");
    assertThat(h.year()).isEqualTo("2019/20");
    assertThat(h.from()).isEqualTo(Month.of(2023, 1));
    assertThat(h.flags()).isEmpty();
    assertThat(h.reason()).isNull();
  }

  @Test
  void aCategoryTheWindowsSourceDoesNotPublishAddsNoCrimesRatherThanBlankingTheHarm() {
    // Bicycle theft has no cell at all in the area's counts (as an older MPS release's category
    // has none in a window a newer release covers): the priority's count is Robbery's 12, so its
    // harm is 12 × 800 = 9,600 as for Robbery alone, not null; and the category is not listed.
    HarmFigures h = harm(area("Test Constabulary", null), "Robbery", "Bicycle theft");
    assertThat(h.crimes()).isEqualTo(12);
    assertThat(h.harm()).isEqualTo(9600.0);
    assertThat(h.categories())
        .extracting(HarmFigures.CategoryHarm::category)
        .containsExactly("Robbery");
  }

  @Test
  void violenceAcrossMay2023CarriesTheKnownBreakFlag() {
    // 24 × 67 = 1,608; 1,608 / 11,208 = 0.14347 → 0.1435; the window 2023-01..12 crosses 2023-05.
    HarmFigures h = harm(area("Test Constabulary", null), VIOLENCE);
    assertThat(h.harm()).isEqualTo(1608.0);
    assertThat(h.harmShare()).isEqualTo(0.1435);
    assertThat(h.flags()).containsExactly(PriorityTrend.KNOWN_BREAK);
  }

  @Test
  void overlappingPrioritiesEachTakeTheirShareOfTheWholeArea() {
    // Robbery and violence together: 11,208 / 11,208 = 1; average 11,208 / 36 = 311.33.
    HarmFigures h = harm(area("Test Constabulary", null), "Robbery", VIOLENCE);
    assertThat(h.harmShare()).isEqualTo(1.0);
    assertThat(h.averageWeight()).isEqualTo(311.33);
    assertThat(h.categories()).hasSize(2);
  }

  @Test
  void antiSocialBehaviourHasNoWeightAndNoShareOfCrime() {
    HarmFigures h = harm(area("Test Constabulary", null), "Anti-social behaviour");
    assertThat(h.harm()).isNull();
    assertThat(h.harmShare()).isNull();
    assertThat(h.volumeShare()).isNull();
    assertThat(h.reason()).contains("not crime").contains("shown by volume");
  }

  @Test
  void aForceTheMixLacksGivesVolumeOnlyAndSaysWhy() {
    HarmFigures h = harm(area("Nowhere Police", null), "Robbery");
    assertThat(h.harm()).isNull();
    assertThat(h.force()).isNull();
    assertThat(h.volumeShare()).isEqualTo(0.3333);
    assertThat(h.reason()).contains("no force 'Nowhere Police'");
  }

  @Test
  void aMissingMonthLeavesHarmNullNeverZero() {
    HarmFigures h = harm(area("Test Constabulary", Month.of(2023, 6)), "Robbery");
    assertThat(h.crimes()).isNull();
    assertThat(h.harm()).isNull();
    assertThat(h.reason()).contains("no data");
  }

  @Test
  void aPriorityWithOnlyPartOfItsCrimesWeightedIsWeighedOnThatPartAndMarkedPartial() {
    // "Violent crime" (a legacy police.uk type, no offence codes) at 1 a month has no weight. The
    // area's crimes: 12 robbery + 24 violence + 12 legacy = 48; its harm still 9,600 + 1,608 =
    // 11,208 (the legacy type is left out). The priority Robbery + Violent crime: 24 crimes, 12
    // of them weighted: harm 12 × 800 = 9,600, average 9,600 / 12 = 800, harm share 9,600 /
    // 11,208 = 0.8565, volume share 24 / 48 = 0.5; 12 crimes unweighted.
    AreaContext area = area("Test Constabulary", null, "Violent crime");
    HarmFigures h = harm(area, "Robbery", "Violent crime");
    assertThat(h.harm()).isEqualTo(9600.0);
    assertThat(h.averageWeight()).isEqualTo(800.0);
    assertThat(h.harmShare()).isEqualTo(0.8565);
    assertThat(h.volumeShare()).isEqualTo(0.5);
    assertThat(h.crimes()).isEqualTo(24);
    assertThat(h.partial()).isTrue();
    assertThat(h.unweightedCrimes()).isEqualTo(12);
    assertThat(h.reason())
        .startsWith("partial: 12 of its 24 crimes have no weight (Violent crime")
        .endsWith("its harm and harm share are of the other 12");
    // Robbery alone is whole, not partial.
    HarmFigures whole = harm(area, "Robbery");
    assertThat(whole.partial()).isFalse();
    assertThat(whole.unweightedCrimes()).isNull();
  }

  @Test
  void aPriorityWithNoneOfItsCrimesWeightedIsShownByVolume() {
    // Violent crime alone: 12 crimes, none weighted: no harm, no share, by volume (12 / 48 = 0.25).
    HarmFigures h = harm(area("Test Constabulary", null, "Violent crime"), "Violent crime");
    assertThat(h.harm()).isNull();
    assertThat(h.harmShare()).isNull();
    assertThat(h.volumeShare()).isEqualTo(0.25);
    assertThat(h.partial()).isFalse();
    assertThat(h.reason()).startsWith("no weight for Violent crime").endsWith("shown by volume");
  }
}
