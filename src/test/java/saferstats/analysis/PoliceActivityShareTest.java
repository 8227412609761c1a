package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule for a priority that holds categories recorded through police activity among others: it
 * is cautioned (flag police-activity) only when they hold more than half of its crimes over the two
 * 12-month windows compared. sample-data, Harrow, to 2024-06: Drugs 951 + 934 = 1,885; Theft from
 * the person 855 + 765 = 1,620; Shoplifting 1,188 + 1,000 = 2,188.
 */
class PoliceActivityShareTest {
  @Test
  void aPriorityIsCautionedOnlyWhenPoliceFoundCrimeIsMostOfIt(@TempDir Path dir) throws Exception {
    Path set = dir.resolve("set.csv");
    Files.writeString(
        set,
        """
        priority,group,input,category,match,note
        Drugs and theft from the person,test,police-uk,Drugs,exact,
        Drugs and theft from the person,test,police-uk,Theft from the person,exact,
        Drugs and shoplifting,test,police-uk,Drugs,exact,
        Drugs and shoplifting,test,police-uk,Shoplifting,exact,
        Drugs,test,police-uk,Drugs,exact,
        """);
    JsonNode ps =
        MpsTrendsTest.trends(
                "quarterly",
                "sample-data",
                "--area",
                "Harrow",
                "--categories",
                set.toString(),
                "--format",
                "json")
            .get("priorities");
    // 1,885 of 1,885 + 1,620 = 3,505: 53.8%, more than half.
    assertThat(ps.get(0).get("flags").toString()).contains("\"police-activity\"");
    // 1,885 of 1,885 + 2,188 = 4,073: 46.3%, not more than half.
    assertThat(ps.get(1).get("flags").toString()).doesNotContain("police-activity");
    assertThat(ps.get(2).get("flags").toString()).contains("\"police-activity\"");
    // The sentence says it after its verdict: 951 vs 934 is +1.8%, "2%", no significant change.
    assertThat(ps.get(2).get("sentence").asText())
        .startsWith(
            "Drugs was 2% higher in the 12 months to June 2024 (951 vs 934), not a statistically"
                + " significant change; a count of crimes found mostly by police activity (stop"
                + " and search, operations), so it follows policing as much as offending;");
    assertThat(ps.get(1).get("sentence").asText()).doesNotContain("police activity");
  }
}
