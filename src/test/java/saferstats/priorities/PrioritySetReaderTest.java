package saferstats.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saferstats.model.MpsCategories;
import saferstats.model.UserError;

class PrioritySetReaderTest {
  private static final String HEADER = "priority,group,input,category,match,note\n";
  private final PrioritySetReader reader =
      new PrioritySetReader(new KnownCategories(MpsCategories.shipped()));

  private PrioritySet read(String body) {
    return reader.read("mine", "test", "mine.csv", new StringReader(HEADER + body));
  }

  @Test
  void readsMappingsCommentsAndUnmeasurablePriorities() {
    PrioritySet s =
        read(
            "# a comment line\n"
                + "Burglary,high volume,police-uk,Burglary,exact,\n"
                + "Burglary,high volume,mps,Burglary/*,exact,\n"
                + "Hate crime,high harm,police-uk,,unmeasurable,MPS hate crime dashboard extract\n");
    assertThat(s.priorities()).extracting(Priority::name).containsExactly("Burglary", "Hate crime");
    assertThat(s.priorities().get(0).mappings()).hasSize(2);
    assertThat(s.priorities().get(1).mappings().get(0).match()).isEqualTo(Match.UNMEASURABLE);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // body line (line 2 of the file) | expected message
        "Burglary,hv,police,Burglary,exact, | mine.csv, line 2: unknown input kind 'police'",
        "Robbery,hv,police-uk,Robery,exact, | mine.csv, line 2: unknown police.uk crime type 'Robery'",
        "Robbery,hv,mps,Robbery/Muggings,exact, | mine.csv, line 2: unknown MPS Major/Minor text",
        "Robbery,hv,police-uk,Robbery,maybe, | mine.csv, line 2: bad match value 'maybe'",
        "Robbery,hv,,,, | mine.csv, line 2: priority 'Robbery' has no mapping",
        "Hate crime,hh,police-uk,,unmeasurable, | mine.csv, line 2: an unmeasurable mapping needs a note",
        "Robbery,hv,police-uk,Robbery,exact | mine.csv, line 2: expected 6 fields, found 5",
      })
  void eachMistakeNamesTheFileAndLine(String line, String message) {
    assertThatThrownBy(() -> read(line + "\n"))
        .isInstanceOf(UserError.class)
        .hasMessageStartingWith(message)
        .extracting(e -> ((UserError) e).exitCode())
        .isEqualTo(3);
  }

  @Test
  void aPriorityRepeatedWithAnotherGroupIsRefusedAtItsLine() {
    assertThatThrownBy(
            () ->
                read(
                    "Burglary,high volume,police-uk,Burglary,exact,\n"
                        + "# comment\n"
                        + "Burglary,high harm,mps,Burglary/*,exact,\n"))
        .hasMessage(
            "mine.csv, line 4: priority 'Burglary' is repeated with group 'high harm' (earlier:"
                + " 'high volume')");
  }

  @Test
  void aWrongHeaderIsRefused() {
    assertThatThrownBy(() -> reader.read("x", "x", "x.csv", new StringReader("name,type\nA,b\n")))
        .hasMessageStartingWith("x.csv, line 1: header is name,type");
  }
}
