package saferstats.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
  void wellFormedLinesSplitExactlyAsCommonsCsvSplitsThem() throws Exception {
    // Commons CSV itself is the reference: for every line whose quotes close on it, the fields
    // must be the ones its default format gives for that line alone.
    String[] lines = {
      "b512538e,2021-07,Metropolitan Police Service,Metropolitan Police Service,0.097413,"
          + "51.569537,On or near Victoria Road,E01000027,Barking and Dagenham 001A,Burglary,"
          + "Under investigation,",
      ",2024-01,City of London Police,City of London Police,-0.09,51.51,"
          + "\"On or near Bank, Threadneedle Street\",E01032739,City of London 001F,"
          + "Anti-social behaviour,,",
      "a,\"say \"\"hi\"\"\",\"\",,\"x\"",
      "\"\"",
      "one",
      ",",
      "é,£,\"€, ü\"",
      "x,On or near Bar Street\",y"
    };
    for (String line : lines) {
      try (CSVParser p = CSVParser.parse(line, CSVFormat.DEFAULT)) {
        String[] expected = p.getRecords().get(0).values();
        assertThat(LineFields.split(line).fields()).as(line).containsExactly(expected);
      }
    }
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
