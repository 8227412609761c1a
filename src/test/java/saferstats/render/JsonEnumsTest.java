package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import saferstats.model.InputKind;
import saferstats.stats.HotspotClass;
import saferstats.stats.Significance;
import saferstats.stats.TrendDirection;

class JsonEnumsTest {
  record Figures(
      Significance significance, TrendDirection direction, HotspotClass cls, InputKind source) {}

  @Test
  void resultEnumsAreWrittenAsTheWordsEveryOutputUses() {
    String json =
        Json.of(
            new Figures(
                Significance.INCREASE,
                TrendDirection.NO_TREND,
                HotspotClass.PERSISTENT,
                InputKind.POLICE_UK));
    // The words the JSON carried when these were strings; the enum names would be INCREASE etc.
    assertThat(json)
        .isEqualTo(
            "{\n"
                + "  \"schemaVersion\" : 2,\n"
                + "  \"significance\" : \"significant increase\",\n"
                + "  \"direction\" : \"no trend\",\n"
                + "  \"cls\" : \"persistent\",\n"
                + "  \"source\" : \"police-uk\"\n"
                + "}\n");
  }

  @Test
  void theTextViewsWriteTheSameWords() {
    assertThat(Fmt.text(Significance.DECREASE)).isEqualTo("significant decrease");
    assertThat(Fmt.text(TrendDirection.DECREASING)).isEqualTo("decreasing");
    assertThat(Fmt.text(HotspotClass.NONE)).isEqualTo("none");
    assertThat(Fmt.text(InputKind.RECORDS)).isEqualTo("records");
  }
}
