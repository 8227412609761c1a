package saferstats.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import saferstats.model.InputKind;
import saferstats.model.MpsCategories;

/** The shipped police.uk ↔ MPS crosswalk (issue 25: categories compared only through it). */
class CrosswalkTest {
  private final Crosswalk crosswalk = Crosswalk.shipped();

  @Test
  void itPairsEachPoliceUkTypeWithThePoliceUkPresetsMpsRows() {
    // The police-uk preset reads an MPS input through its own mps rows; the crosswalk must say
    // the same, so a police.uk area beside MPS boroughs is read as an MPS area would be.
    PrioritySet preset = Presets.shipped().load("police-uk").orElseThrow();
    for (Priority p : preset.priorities()) {
      if (p.group().contains("legacy")) {
        continue;
      }
      Set<String> fromPreset = new TreeSet<>();
      p.mappingsFor(InputKind.MPS).stream()
          .filter(m -> m.match() != Match.UNMEASURABLE)
          .forEach(m -> fromPreset.add(m.category()));
      Set<String> fromCrosswalk = new TreeSet<>();
      crosswalk.rows().stream()
          .filter(r -> r.policeUk().equals(p.name()) && !r.mps().isEmpty())
          .forEach(r -> fromCrosswalk.add(r.mps()));
      assertThat(fromCrosswalk).as(p.name()).isEqualTo(fromPreset);
    }
  }

  @Test
  void everyKnownMpsCategoryCrossesToOnePoliceUkTypeOrIsSaidNotTo() {
    // Each of the MPS categories seen in real releases (mps-categories.csv) is matched by the
    // rows of exactly one police.uk type, or by a row with no police.uk side (fraud, the old
    // scheme's other notifiable offences and handling): none is silently left out or doubled.
    MpsCategories mps = MpsCategories.shipped();
    List<String> wrong = new ArrayList<>();
    for (String c : mps.all()) {
      Set<String> types = new TreeSet<>();
      for (Crosswalk.Row r : crosswalk.rows()) {
        if (!r.mps().isEmpty() && mps.matches(r.mps(), c)) {
          types.add(r.policeUk().isEmpty() ? "(none)" : r.policeUk());
        }
      }
      if (types.size() != 1) {
        wrong.add(c + " -> " + types);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aFigureNeedingAntiSocialBehaviourCannotBeCrosswalked() {
    Set<String> present =
        Set.of("Burglary/Burglary - Residential", "Robbery/Robbery of Personal Property");
    assertThat(crosswalk.mps(List.of("Burglary", "Robbery"), present))
        .contains(
            Set.of("Burglary/Burglary - Residential", "Robbery/Robbery of Personal Property"));
    assertThat(crosswalk.mps(List.of("Burglary", "Anti-social behaviour"), present)).isEmpty();
    assertThat(crosswalk.uncrossed(List.of("Burglary", "Anti-social behaviour")))
        .extracting(Crosswalk.Row::note)
        .containsExactly("the MPS crime tables hold no anti-social behaviour");
    assertThat(crosswalk.approximate(List.of("Other crime"))).isTrue();
    assertThat(crosswalk.approximate(List.of("Burglary"))).isFalse();
  }
}
