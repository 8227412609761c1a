package saferstats.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import saferstats.model.InputKind;
import saferstats.model.MpsCategories;

/** Each preset's mapping pinned against SPEC 2's table and the honesty examples in its text. */
class PresetsTest {
  private final Presets presets = Presets.shipped();
  private final PriorityResolver resolver = new PriorityResolver(MpsCategories.shipped());

  private PrioritySet load(String name) {
    return presets.load(name).orElseThrow();
  }

  private static Set<String> policeUkTypes() {
    return KnownCategories.POLICE_UK;
  }

  @Test
  void presetsAreListedAndSourceIsBuiltFromTheInputs() {
    assertThat(Presets.list())
        .extracting(Presets.Preset::name)
        .containsExactly(
            "source", "police-uk", "mopac7", "london-2019", "csp-2023", "serious-violence");
    assertThat(presets.load("source")).isEmpty();
  }

  @Test
  void londonTwentyNineteenHasTheStrategysNinePrioritiesInTheirGroups() {
    PrioritySet s = load("london-2019");
    assertThat(s.priorities())
        .extracting(Priority::name, Priority::group)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Burglary", "high volume"),
            org.assertj.core.groups.Tuple.tuple("Non-domestic violence with injury", "high volume"),
            org.assertj.core.groups.Tuple.tuple("Anti-social behaviour", "high volume"),
            org.assertj.core.groups.Tuple.tuple("Motor vehicle crime", "high volume"),
            org.assertj.core.groups.Tuple.tuple(
                "Youth violence, weapon-based crime and exploitation", "high harm"),
            org.assertj.core.groups.Tuple.tuple("Modern slavery", "high harm"),
            org.assertj.core.groups.Tuple.tuple("Domestic and sexual abuse", "high harm"),
            org.assertj.core.groups.Tuple.tuple("Drug and alcohol misuse", "high harm"),
            org.assertj.core.groups.Tuple.tuple("Extremism and hate crime", "high harm"));
  }

  @Test
  void fromPoliceUkNonDomesticViolenceIsApproximateAndHateCrimeIsNotMeasurable() {
    ResolvedSet r = resolver.resolve(load("london-2019"), InputKind.POLICE_UK, policeUkTypes());
    ResolvedPriority ndv = find(r, "Non-domestic violence with injury");
    assertThat(ndv.measurable()).isTrue();
    assertThat(ndv.approximate()).isTrue();
    assertThat(ndv.categories()).containsExactly("Violence and sexual offences");
    assertThat(ndv.note()).contains("domestic and non-injury violence");
    assertThat(r.unmeasurable())
        .extracting(ResolvedPriority::name)
        .containsExactly("Modern slavery", "Domestic and sexual abuse", "Extremism and hate crime");
    assertThat(find(r, "Extremism and hate crime").needs()).contains("MPS hate crime dashboard");
    assertThat(r.notAdditive()).isFalse();
  }

  @Test
  void fromMpsTablesViolenceWithInjuryIsTheMinorCategoryAndAsbIsNotMeasurable() {
    MpsCategories mps = MpsCategories.shipped();
    Set<String> present =
        Set.of(
            mps.canonical("VIOLENCE AGAINST THE PERSON", "VIOLENCE WITH INJURY"),
            mps.canonical("VIOLENCE AGAINST THE PERSON", "VIOLENCE WITHOUT INJURY"),
            mps.canonical("BURGLARY", "BURGLARY - RESIDENTIAL"),
            mps.canonical("BURGLARY", "BURGLARY BUSINESS AND COMMUNITY"));
    ResolvedSet r = resolver.resolve(load("london-2019"), InputKind.MPS, present);
    assertThat(find(r, "Non-domestic violence with injury").categories())
        .containsExactly("Violence Against the Person/Violence with Injury");
    assertThat(find(r, "Burglary").categories()).hasSize(2);
    assertThat(find(r, "Burglary").approximate()).isFalse();
    assertThat(find(r, "Anti-social behaviour").measurable()).isFalse();
    assertThat(find(r, "Anti-social behaviour").needs())
        .isEqualTo(
            "police.uk street files or the council's ASB log (the MPS crime tables hold no ASB)");
  }

  @Test
  void mopacSevenIsNotAdditiveBecauseVehicleCrimeCountsTwice() {
    ResolvedSet r = resolver.resolve(load("mopac7"), InputKind.POLICE_UK, policeUkTypes());
    assertThat(r.priorities()).hasSize(7);
    assertThat(r.notAdditive()).isTrue();
    assertThat(find(r, "Theft of a motor vehicle").categories()).containsExactly("Vehicle crime");
    assertThat(find(r, "Theft from a motor vehicle").categories()).containsExactly("Vehicle crime");
    assertThat(r.notes()).anyMatch(n -> n.contains("not additive"));
  }

  @Test
  void cspTwentyTwentyThreeAndSeriousViolenceSayWhatTheyCannotMeasure() {
    ResolvedSet csp = resolver.resolve(load("csp-2023"), InputKind.POLICE_UK, policeUkTypes());
    assertThat(csp.priorities()).hasSize(6);
    assertThat(find(csp, "Burglary, motor vehicle crime and robbery").categories())
        .containsExactlyInAnyOrder("Burglary", "Vehicle crime", "Robbery");
    assertThat(csp.unmeasurable())
        .extracting(ResolvedPriority::name)
        .containsExactly("Violence against women and girls", "Hate crime", "Perception of crime");
    assertThat(find(csp, "Perception of crime").needs()).contains("MOPAC Public Attitude Survey");
    ResolvedSet sv =
        resolver.resolve(load("serious-violence"), InputKind.POLICE_UK, policeUkTypes());
    assertThat(find(sv, "Serious violence").categories())
        .containsExactlyInAnyOrder(
            "Violence and sexual offences", "Robbery", "Possession of weapons");
    assertThat(find(sv, "Serious violence against under-25s").needs()).contains("victim-age");
  }

  @Test
  void policeUkRollsLegacyTypesIntoTheirSuccessorsAndDropsAnAbsentLegacySeries() {
    ResolvedSet modern = resolver.resolve(load("police-uk"), InputKind.POLICE_UK, policeUkTypes());
    assertThat(modern.priorities()).hasSize(14);
    assertThat(modern.notes()).anyMatch(n -> n.startsWith("Public disorder and weapons (legacy)"));
    assertThat(find(modern, "Violence and sexual offences").approximate()).isFalse();
    ResolvedSet old =
        resolver.resolve(
            load("police-uk"),
            InputKind.POLICE_UK,
            Set.of("Violent crime", "Violence and sexual offences", "Public disorder and weapons"));
    ResolvedPriority v = find(old, "Violence and sexual offences");
    assertThat(v.categories())
        .containsExactlyInAnyOrder("Violent crime", "Violence and sexual offences");
    assertThat(v.approximate()).isTrue();
    assertThat(find(old, "Public disorder and weapons (legacy)").categories())
        .containsExactly("Public disorder and weapons");
  }

  @Test
  void everyPresetLoadsAndEveryPriorityHasAPoliceUkAndAnMpsLine() {
    for (String name :
        List.of("police-uk", "mopac7", "london-2019", "csp-2023", "serious-violence")) {
      for (Priority p : load(name).priorities()) {
        assertThat(p.mappingsFor(InputKind.POLICE_UK)).as(name + ": " + p.name()).isNotEmpty();
        if (!p.name().endsWith("(legacy)")) {
          assertThat(p.mappingsFor(InputKind.MPS)).as(name + ": " + p.name()).isNotEmpty();
        }
      }
    }
  }

  private static ResolvedPriority find(ResolvedSet s, String name) {
    return s.priorities().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
