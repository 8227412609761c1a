package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every preset on every kind of sample input: police.uk street files, the MPS borough tables and
 * the MPS ward table; each priority's 12 months to 2024-06 (2023-07..2024-06) is the sum of the
 * categories its preset file maps to it, counted without saferstats:
 *
 * <ul>
 *   <li>police.uk, Harrow: {@code python3 src/test/scripts/count_area.py Harrow 2024-06
 *       sample-data} — ASB 4853, Bicycle theft 215, Burglary 1378, Criminal damage and arson 1279,
 *       Drugs 951, Other crime 444, Other theft 2664, Possession of weapons 250, Public order 1381,
 *       Robbery 918, Shoplifting 1188, Theft from the person 855, Vehicle crime 2340, Violence and
 *       sexual offences 5635.
 *   <li>MPS borough, Harrow: the generation 3 file's Harrow rows summed over 202307..202406 by a
 *       csv.reader one-liner; majors as sample-data/README.md tallies them (total 20217), minors:
 *       ARSON 41, CRIMINAL DAMAGE 1284, BURGLARY 1423, DRUG OFFENCES 987, MISC 464, WEAPONS 259,
 *       PUBLIC ORDER 1425, ROBBERY 959, SEXUAL 581, BICYCLE THEFT 222, OTHER THEFT 2766,
 *       SHOPLIFTING 1231, THEFT FROM THE PERSON 871, VEHICLE OFFENCES 2449 (THEFT FROM A VEHICLE
 *       1434, THEFT OR UNAUTH TAKING 668), VIOLENCE AGAINST THE PERSON 5255 (HOMICIDE 2, VIOLENCE
 *       WITH INJURY 2582).
 *   <li>MPS ward E05013545 (Edgware, Harrow), the same one-liner on WardCode: CRIMINAL DAMAGE 45
 *       (ARSON 0), BURGLARY 55, DRUG OFFENCES 21, MISC 15, WEAPONS 3, PUBLIC ORDER 33, ROBBERY 19,
 *       SEXUAL 10, BICYCLE THEFT 5, OTHER THEFT 88, SHOPLIFTING 19, THEFT FROM THE PERSON 23,
 *       VEHICLE OFFENCES 104 (THEFT FROM A VEHICLE 60, THEFT OR UNAUTH TAKING 32), VIOLENCE AGAINST
 *       THE PERSON 110 (VIOLENCE WITH INJURY 56, no HOMICIDE row); 550 in all.
 * </ul>
 */
class SampleDataPresetsTest {
  /**
   * The police.uk street files of the 12 months the presets are checked on (2023-07..2024-06): the
   * same figures as the whole of sample-data, read in a third of the time.
   */
  private static final String POLICE = "sample-data/police-uk 2023-07..2024-06";

  private static final String BOROUGH = "sample-data/mps/borough";
  private static final String WARD = "sample-data/mps/ward";

  private static final Map<String, String> NEEDS =
      Map.of(
          "Anti-social behaviour", "police.uk street files or the council's ASB log",
          "Modern slavery", "Home Office modern slavery offence codes",
          "Domestic and sexual abuse", "MPS domestic abuse dashboard extract",
          "Extremism and hate crime", "MPS hate crime dashboard extract",
          "Hate crime", "MPS hate crime dashboard extract",
          "Perception of crime", "MOPAC Public Attitude Survey",
          "Violence against women and girls", "MPS domestic abuse and VAWG dashboard extracts",
          "Serious violence against under-25s", "MPS victim-age extract",
          // The police-uk set maps its legacy type for police.uk only: no MPS mapping to name.
          "Public disorder and weapons (legacy)", "a mapping for mps inputs");

  static Stream<Arguments> cases() {
    return Stream.of(
        // police-uk: each crime type on its own (the legacy type has no rows and is not listed).
        Arguments.of(
            POLICE,
            "police-uk",
            Map.ofEntries(
                Map.entry("Anti-social behaviour", 4853L),
                Map.entry("Bicycle theft", 215L),
                Map.entry("Burglary", 1378L),
                Map.entry("Criminal damage and arson", 1279L),
                Map.entry("Drugs", 951L),
                Map.entry("Other crime", 444L),
                Map.entry("Other theft", 2664L),
                Map.entry("Possession of weapons", 250L),
                Map.entry("Public order", 1381L),
                Map.entry("Robbery", 918L),
                Map.entry("Shoplifting", 1188L),
                Map.entry("Theft from the person", 855L),
                Map.entry("Vehicle crime", 2340L),
                Map.entry("Violence and sexual offences", 5635L)),
            List.of()),
        // Both vehicle priorities read the whole of Vehicle crime (approximate).
        Arguments.of(
            POLICE,
            "mopac7",
            Map.of(
                "Violence with injury", 5635L,
                "Robbery", 918L,
                "Burglary", 1378L,
                "Theft of a motor vehicle", 2340L,
                "Theft from a motor vehicle", 2340L,
                "Theft from a person", 855L,
                "Criminal damage", 1279L),
            List.of()),
        Arguments.of(
            POLICE,
            "london-2019",
            Map.of(
                "Burglary", 1378L,
                "Non-domestic violence with injury", 5635L,
                "Anti-social behaviour", 4853L,
                "Motor vehicle crime", 2340L,
                "Youth violence, weapon-based crime and exploitation", 250L,
                "Drug and alcohol misuse", 951L),
            List.of("Modern slavery", "Domestic and sexual abuse", "Extremism and hate crime")),
        // 1378 + 2340 + 918 = 4636.
        Arguments.of(
            POLICE,
            "csp-2023",
            Map.of(
                "Burglary, motor vehicle crime and robbery", 4636L,
                "Violent incidents", 5635L,
                "Drugs", 951L),
            List.of("Violence against women and girls", "Hate crime", "Perception of crime")),
        // 5635 + 918 + 250 = 6803.
        Arguments.of(
            POLICE,
            "serious-violence",
            Map.of("Serious violence", 6803L),
            List.of("Serious violence against under-25s", "Violence against women and girls")),
        // 222+1423+1325+987+464+2766+259+1425+959+1231+871+2449+5836 = 20217, the README total.
        Arguments.of(
            BOROUGH,
            "police-uk",
            Map.ofEntries(
                Map.entry("Bicycle theft", 222L),
                Map.entry("Burglary", 1423L),
                Map.entry("Criminal damage and arson", 1325L),
                Map.entry("Drugs", 987L),
                Map.entry("Other crime", 464L),
                Map.entry("Other theft", 2766L),
                Map.entry("Possession of weapons", 259L),
                Map.entry("Public order", 1425L),
                Map.entry("Robbery", 959L),
                Map.entry("Shoplifting", 1231L),
                Map.entry("Theft from the person", 871L),
                Map.entry("Vehicle crime", 2449L),
                Map.entry("Violence and sexual offences", 5836L)),
            List.of("Anti-social behaviour", "Public disorder and weapons (legacy)")),
        Arguments.of(
            BOROUGH,
            "mopac7",
            Map.of(
                "Violence with injury", 2582L,
                "Robbery", 959L,
                "Burglary", 1423L,
                "Theft of a motor vehicle", 668L,
                "Theft from a motor vehicle", 1434L,
                "Theft from a person", 871L,
                "Criminal damage", 1284L),
            List.of()),
        Arguments.of(
            BOROUGH,
            "london-2019",
            Map.of(
                "Burglary", 1423L,
                "Non-domestic violence with injury", 2582L,
                "Motor vehicle crime", 2449L,
                "Youth violence, weapon-based crime and exploitation", 259L,
                "Domestic and sexual abuse", 581L,
                "Drug and alcohol misuse", 987L),
            List.of("Anti-social behaviour", "Modern slavery", "Extremism and hate crime")),
        // 1423 + 2449 + 959 = 4831.
        Arguments.of(
            BOROUGH,
            "csp-2023",
            Map.of(
                "Violence against women and girls", 581L,
                "Burglary, motor vehicle crime and robbery", 4831L,
                "Violent incidents", 5255L,
                "Drugs", 987L),
            List.of("Hate crime", "Perception of crime")),
        // Homicide 2 + violence with injury 2582 + robbery 959 + weapons 259 + sexual 581 = 4383.
        Arguments.of(
            BOROUGH,
            "serious-violence",
            Map.of("Serious violence", 4383L, "Violence against women and girls", 581L),
            List.of("Serious violence against under-25s")),
        // 5+55+45+21+15+88+3+33+19+19+23+104+(110+10) = 550, the ward's whole 12 months.
        Arguments.of(
            WARD,
            "police-uk",
            Map.ofEntries(
                Map.entry("Bicycle theft", 5L),
                Map.entry("Burglary", 55L),
                Map.entry("Criminal damage and arson", 45L),
                Map.entry("Drugs", 21L),
                Map.entry("Other crime", 15L),
                Map.entry("Other theft", 88L),
                Map.entry("Possession of weapons", 3L),
                Map.entry("Public order", 33L),
                Map.entry("Robbery", 19L),
                Map.entry("Shoplifting", 19L),
                Map.entry("Theft from the person", 23L),
                Map.entry("Vehicle crime", 104L),
                Map.entry("Violence and sexual offences", 120L)),
            List.of("Anti-social behaviour", "Public disorder and weapons (legacy)")),
        Arguments.of(
            WARD,
            "mopac7",
            Map.of(
                "Violence with injury", 56L,
                "Robbery", 19L,
                "Burglary", 55L,
                "Theft of a motor vehicle", 32L,
                "Theft from a motor vehicle", 60L,
                "Theft from a person", 23L,
                "Criminal damage", 45L),
            List.of()),
        Arguments.of(
            WARD,
            "london-2019",
            Map.of(
                "Burglary", 55L,
                "Non-domestic violence with injury", 56L,
                "Motor vehicle crime", 104L,
                "Youth violence, weapon-based crime and exploitation", 3L,
                "Domestic and sexual abuse", 10L,
                "Drug and alcohol misuse", 21L),
            List.of("Anti-social behaviour", "Modern slavery", "Extremism and hate crime")),
        // 55 + 104 + 19 = 178.
        Arguments.of(
            WARD,
            "csp-2023",
            Map.of(
                "Violence against women and girls", 10L,
                "Burglary, motor vehicle crime and robbery", 178L,
                "Violent incidents", 110L,
                "Drugs", 21L),
            List.of("Hate crime", "Perception of crime")),
        // Violence with injury 56 + robbery 19 + weapons 3 + sexual 10 = 88.
        Arguments.of(
            WARD,
            "serious-violence",
            Map.of("Serious violence", 88L, "Violence against women and girls", 10L),
            List.of("Serious violence against under-25s")));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void everyPriorityOfEveryPresetIsTheSumOfItsMappedCategories(
      String input, String preset, Map<String, Long> measured, List<String> unmeasurable) {
    JsonNode t = trends(input, preset);
    assertThat(current12(t, "police-uk", "mps")).isEqualTo(new TreeMap<>(measured));
    // Every priority is either measured or listed as not measurable with what it needs.
    Map<String, String> needs = new TreeMap<>();
    t.get("unmeasurable").forEach(u -> needs.put(u.get("name").asText(), u.get("needs").asText()));
    assertThat(needs.keySet()).containsExactlyInAnyOrderElementsOf(unmeasurable);
    needs.forEach((name, text) -> assertThat(text).as(name).startsWith(NEEDS.get(name)));
  }

  @Test
  void theSourcePresetListsEachPublishedCategoryAndLosesNothing() {
    // count_area.py: 24351 Harrow rows in the 12 months, 14 crime types.
    Map<String, Long> police = current12(trends(POLICE, "source"), "police-uk");
    assertThat(police).hasSize(14).containsEntry("Robbery", 918L).containsEntry("Drugs", 951L);
    assertThat(police.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(24351);
    // 28 generation 3 minors, 20217 in all (README), none of them 0 in Harrow; the generation 2
    // names the 12 months do not reach are listed with 0. The ward's rows add to 550.
    Map<String, Long> borough = current12(trends(BOROUGH, "source"), "mps");
    assertThat(borough.values().stream().filter(n -> n > 0)).hasSize(28);
    assertThat(borough.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20217);
    Map<String, Long> ward = current12(trends(WARD, "source"), "mps");
    assertThat(ward.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(550);
  }

  @Test
  void aRepeatedWardNameAsksForTheCode() {
    Cli r = Cli.cached("trends", "sample-data/mps/ward", "--area", "Edgware");
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err())
        .contains("ward name 'Edgware' is used in 2 boroughs")
        .contains("E05013545 (Harrow)")
        .contains("E05013637 (Barnet)");
  }

  @Test
  void policeUkFilesWinOverMpsTablesAndSaySo() {
    JsonNode t = Cli.json("trends", "sample-data", "--area", "Harrow");
    assertThat(t.get("notes").toString())
        .contains("3 MPS table(s) in the inputs were not used: police.uk street files take");
  }

  private static JsonNode trends(String input, String preset) {
    List<String> args = new ArrayList<>(List.of("trends"));
    if (input.equals(POLICE)) {
      for (int m = 7; m <= 18; m++) {
        args.add(
            String.format("sample-data/police-uk/%d-%02d", 2023 + (m - 1) / 12, (m - 1) % 12 + 1));
      }
    } else {
      args.add(input);
    }
    args.addAll(List.of("--area", area(input), "--categories", preset));
    return Cli.json(args.toArray(String[]::new));
  }

  private static String area(String input) {
    return input.equals(WARD) ? "E05013545" : "Harrow";
  }

  /** Priority name to its 12-month count, for priorities from the given sources only. */
  private static Map<String, Long> current12(JsonNode t, String... sources) {
    List<String> wanted = List.of(sources);
    Map<String, Long> m = new TreeMap<>();
    for (JsonNode p : t.get("priorities")) {
      if (wanted.contains(p.get("source").asText())) {
        m.put(p.get("name").asText(), p.at("/windows/current12/count").asLong(-1));
      }
    }
    return m;
  }
}
