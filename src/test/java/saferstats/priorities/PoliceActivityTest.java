package saferstats.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.model.InputKind;

/** The one list of categories recorded mostly through police activity (police-activity.csv). */
class PoliceActivityTest {
  private final PoliceActivity list = PoliceActivity.shipped();

  @Test
  void drugsAndWeaponPossessionAreOnTheListForEachInput() {
    assertThat(list.recorded(InputKind.POLICE_UK, "Drugs")).isTrue();
    assertThat(list.recorded(InputKind.POLICE_UK, "Possession of weapons")).isTrue();
    assertThat(list.recorded(InputKind.MPS, "Drug Offences/Possession of Drugs")).isTrue();
    assertThat(list.recorded(InputKind.MPS, "Drugs/Drug Trafficking")).isTrue();
    assertThat(list.recorded(InputKind.MPS, "Possession of Weapons/Other Knife Offences")).isTrue();
    // The 2008 scheme's weapon possession sat under violence.
    assertThat(list.recorded(InputKind.MPS, "Violence Against the Person/Offensive Weapon"))
        .isTrue();
  }

  @Test
  void victimReportedCrimeIsNotOnTheList() {
    assertThat(list.recorded(InputKind.POLICE_UK, "Burglary")).isFalse();
    assertThat(list.recorded(InputKind.MPS, "Violence Against the Person/Harassment")).isFalse();
    // Knife crime (the dashboard's) is violence where a knife was used: victims report it.
    assertThat(list.recorded(InputKind.MPS, "Knife Crime/Knife Crime")).isFalse();
    // A police.uk name is not an MPS category.
    assertThat(list.recorded(InputKind.MPS, "Drugs")).isFalse();
    assertThat(list.of(InputKind.POLICE_UK, List.of("Drugs", "Shoplifting")))
        .containsExactly("Drugs");
  }
}
