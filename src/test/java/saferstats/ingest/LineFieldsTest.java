package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineFieldsTest {
  @Test
  void plainAndQuotedFieldsSplitAsCommonsCsvWould() {
    // "a", then "b,c" with its quotes removed, "say ""hi""" → say "hi", an empty field, and
    // a trailing comma giving a last empty field: 5 fields.
    LineFields.Split s = LineFields.split("a,\"b,c\",\"say \"\"hi\"\"\",,");
    assertThat(s.problem()).isNull();
    assertThat(s.fields()).containsExactly("a", "b,c", "say \"hi\"", "", "");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsText() {
    assertThat(LineFields.split("x,On or near Bar Street\",y").fields())
        .containsExactly("x", "On or near Bar Street\"", "y");
  }

  @Test
  void aQuoteLeftOpenAtTheEndOfTheLineIsAProblemNamingTheField() {
    LineFields.Split s = LineFields.split("a,b,\"On or near Mill Lane,E01");
    assertThat(s.fields()).isNull();
    assertThat(s.problem()).isEqualTo("a quote opened in field 3 is not closed");
  }

  @Test
  void textAfterAClosingQuoteIsAProblemButSpacesAreNot() {
    assertThat(LineFields.split("\"a\"  ,b").fields()).containsExactly("a", "b");
    assertThat(LineFields.split("\"a\"x,b").problem())
        .isEqualTo("text after the closing quote of field 1");
  }
}
