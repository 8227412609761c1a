package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default terminal layout (issue 26.3): every line within the width, flags and long texts as
 * numbered notes under the table, wide tables split into column groups each led by the first
 * column; nothing cut.
 */
class FittedTableTest {
  private static List<String> lines(String s) {
    return Arrays.asList(s.split("\n"));
  }

  @Test
  void flagsGoToNumberedNotesOnePerKindSharedByTheRowsThatHaveIt() {
    TextTable t = new TextTable("Priority", "Count>", "Flags").notes(2);
    t.row("Burglary", "12", "step up from 2023-11; known-break 2023-05");
    t.row("Robbery", "3", "known-break 2023-05");
    t.row("Drugs", "7", "");
    // Flags is as wide as its widest cell "[1] [2]" (7); Count as its header (5), right-aligned.
    assertThat(FittedTable.render(t, 120))
        .isEqualTo(
            """
            Priority  Count  Flags
            --------  -----  -------
            Burglary     12  [1] [2]
            Robbery       3  [2]
            Drugs         7

            [1] step up from 2023-11
            [2] known-break 2023-05
            """);
    // --wide: today's layout, the flags in their cells.
    assertThat(t.render(TextLayout.WIDE))
        .contains("Burglary     12  step up from 2023-11; known-break 2023-05");
  }

  @Test
  void aTableTooWideIsPrintedAsSeveralEachLedByTheFirstColumn() {
    TextTable t = new TextTable("Area", "A", "B", "C", "D", "E");
    String x = "x".repeat(30);
    t.row("Here", x, x, x, x, x);
    // Room beside "Area" (4): 120 - 4 = 116; each column takes 30 + a gap of 2 = 32, so three fit
    // (96) and a fourth would not (128): A B C, then D E.
    List<String> out = lines(FittedTable.render(t, 120));
    assertThat(out.get(0)).isEqualTo("Area  " + pad("A") + "  " + pad("B") + "  C");
    assertThat(out).contains("Area  " + pad("D") + "  E");
    assertThat(out).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
    assertThat(out.stream().filter(l -> l.startsWith("Here"))).hasSize(2);
  }

  @Test
  void theSplitFallsBetweenTheTablesGroupsWhereItCan() {
    TextTable t = new TextTable("Area", "A", "B", "C", "D", "E").groups(1, 3, 5);
    String x = "x".repeat(30);
    t.row("Here", x, x, x, x, x);
    // Groups A B (64), C D (64), E (32): A B, then C D with E (96 of 116); not A B C.
    List<String> out = lines(FittedTable.render(t, 120));
    assertThat(out.get(0)).isEqualTo("Area  " + pad("A") + "  B");
    assertThat(out).contains("Area  " + pad("C") + "  " + pad("D") + "  E");
  }

  @Test
  void aLongTextBecomesANoteAndALongFirstColumnIsShortenedWithItsWholeTextInANote() {
    String sentence =
        "Burglary was 50% higher in the 12 months to June 2024 (36 vs 24), not a statistically"
            + " significant change; the force's crimes with no location rose";
    String key = "Youth violence, weapon-based crime and exploitation (local records and more)";
    TextTable t = new TextTable("Priority", "Sentence");
    t.row(key, sentence);
    t.row("Short", "short enough");
    List<String> out = lines(FittedTable.render(t, 60));
    // The key (77 characters) keeps 60 - "[1]".length() - 2 = 55 of them, then "… [1]": 60.
    assertThat(out.get(2)).startsWith(key.substring(0, 55) + "… [1]  [2]");
    assertThat(out).contains("Short" + " ".repeat(57) + "short enough");
    // Notes wrap within the width, under their number.
    assertThat(out)
        .containsSequence(
            "[1] Youth violence, weapon-based crime and exploitation",
            "    (local records and more)");
    assertThat(String.join(" ", out).replaceAll(" +", " ")).contains(sentence);
    assertThat(out.stream().filter(l -> l.startsWith("[2] "))).hasSize(1);
  }

  @Test
  void everyLineOfAnyTableKeepsWithinTheWidth() {
    TextTable t = new TextTable("Priority", "Note", "n>").notes(1);
    t.row("p".repeat(200), "a; " + "b ".repeat(200) + "; " + "c".repeat(300), "1");
    assertThat(lines(FittedTable.render(t, 120)))
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
  }

  @Test
  void wrappedTextBreaksAtSpacesAndCutsOnlyAWordLongerThanALine() {
    assertThat(Wrap.lines("aaa bbb ccc", 7, "", "  ")).containsExactly("aaa bbb", "  ccc");
    assertThat(Wrap.lines("- " + "x".repeat(12), 10, "", "  "))
        .containsExactly("- xxxxxxxx", "  xxxx");
  }

  private static String pad(String header) {
    return header + " ".repeat(30 - header.length());
  }
}
