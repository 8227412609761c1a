package saferstats.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import saferstats.model.InputKind;

/** A category's average weight over a force's mix, on tables small enough to work out by hand. */
class HarmBasisTest {
  static HarmBasis tiny(SeverityWeights weights) {
    return HarmBasisFixtures.tiny(weights);
  }

  static final SeverityWeights WEIGHTS =
      new SeverityWeights("test", Map.of("34B", 800.0, "8N", 200.0, "105A", 10.0));

  @Test
  void categoryWeightIsTheOffenceWeightedAverageOverTheForcesMix() {
    // Violence: (30 × 200 + 70 × 10) / (30 + 70) = (6000 + 700) / 100 = 67.
    CategoryWeight w =
        tiny(WEIGHTS).weight(InputKind.POLICE_UK, "Violence and sexual offences", "Test");
    assertThat(w.average()).isCloseTo(67.0, within(1e-9));
    assertThat(w.offences()).isEqualTo(100);
    assertThat(w.reason()).isNull();
  }

  @Test
  void categoryNamesMatchAcrossSpellings() {
    // "ROBBERY" in the join, "Robbery" in police.uk: 10 × 800 / 10 = 800.
    assertThat(tiny(WEIGHTS).weight(InputKind.POLICE_UK, "robbery", "Test").average())
        .isEqualTo(800.0);
    // MPS category of one code: 30 × 200 / 30 = 200.
    assertThat(
            tiny(WEIGHTS)
                .weight(InputKind.MPS, "Violence Against the Person/Violence with Injury", "Test")
                .average())
        .isEqualTo(200.0);
    assertThat(tiny(WEIGHTS).codes().homeOfficeForce("Test  constabulary")).isEqualTo("Test");
  }

  @Test
  void codesWithoutAWeightAreLeftOutOfBothSumsAndCounted() {
    // Only 105A weighted: 70 × 10 / 70 = 10; the 30 offences of 8N are counted as unweighted.
    CategoryWeight w =
        tiny(new SeverityWeights("partial", Map.of("105A", 10.0)))
            .weight(InputKind.POLICE_UK, "Violence and sexual offences", "Test");
    assertThat(w.average()).isEqualTo(10.0);
    assertThat(w.unweightedOffences()).isEqualTo(30);
  }

  @Test
  void aForceWithNoneOfTheCodesIsAveragedOverEveryForceAndSaysSo() {
    // "Other" recorded no violence: every force's mix is (30 + 0) of 8N and (70 + 0) of 105A, so
    // 67 as above; robbery it did record: 5 × 800 / 5 = 800 from its own mix.
    CategoryWeight w =
        tiny(WEIGHTS).weight(InputKind.POLICE_UK, "Violence and sexual offences", "Other");
    assertThat(w.average()).isCloseTo(67.0, within(1e-9));
    assertThat(w.note()).contains("averaged over every force's mix");
    assertThat(tiny(WEIGHTS).weight(InputKind.POLICE_UK, "Robbery", "Other").note()).isNull();
  }

  @Test
  void antiSocialBehaviourLegacyTypesAndUnmappedMpsCategoriesHaveNoWeight() {
    HarmBasis b = tiny(WEIGHTS);
    assertThat(b.weight(InputKind.POLICE_UK, "Anti-social behaviour", "Test").reason())
        .contains("not crime");
    assertThat(b.weight(InputKind.POLICE_UK, "Violent crime", "Test").average()).isNull();
    assertThat(b.weight(InputKind.MPS, "Burglary/Burglary - Residential", "Test").reason())
        .contains("no one-for-one");
  }

  @Test
  void theShippedTablesJoinEveryPoliceUkCrimeTypeAndNameTheForces() {
    HarmBasis shipped = HarmBasis.shipped();
    // 13 police.uk crime types have codes (ASB has none); 134 codes less the combined homicide row.
    assertThat(shipped.codes().all()).hasSize(133);
    assertThat(shipped.codes().homeOfficeForce("Metropolitan Police Service"))
        .isEqualTo("Metropolitan Police");
    assertThat(shipped.codes().homeOfficeForce("City of London Police"))
        .isEqualTo("London, City of");
    assertThat(shipped.mix().force("London, City of")).isPresent();
    // Robbery's two codes share one weight, 799.6288702: any mix averages to it.
    assertThat(shipped.weight(InputKind.POLICE_UK, "Robbery", "London, City of").average())
        .isCloseTo(799.6288702, within(1e-6));
  }

  @Test
  void theTwoHalvesOfResidentialBurglarySince2023AreWeightedAsResidentialBurglary() {
    // The 2019/20 codes split residential burglary by attempt and distraction, not by building
    // (28E-28H; 29A aggravated). The Met's 2019/20 offences: 28E 44,267 + 28F 11,199 + 28G 697 +
    // 28H 63 = 56,226 at 465.3814732, and 29A 644 at 2288.669158 (28A-28D, 29: none); so (56,226 ×
    // 465.3814732 + 644 × 2288.669158) / 56,870 = 486.0285, as for Burglary - Residential.
    HarmBasis shipped = HarmBasis.shipped();
    for (String half :
        List.of(
            "Burglary/Res Burglary of a Home", "Burglary/Res Burglary of Unconnected Building")) {
      CategoryWeight w = shipped.weight(InputKind.MPS, half, "Metropolitan Police");
      assertThat(w.average()).isCloseTo(486.0285, within(1e-4));
      assertThat(w.note()).contains("weighted as residential burglary in all");
    }
  }
}
