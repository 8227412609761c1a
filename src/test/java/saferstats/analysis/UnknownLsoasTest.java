package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which rows' LSOA codes a reference lacks, and how a note names them. */
class UnknownLsoasTest {
  @Test
  void codesTheReferenceLacksAreCountedMostRowsFirstWithTheirCommonestName() {
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    rows.put("E01000001", Map.of("City of London 001A", 5L));
    rows.put("E01000004", Map.of("City of London 001D", 2L));
    // One code under two names: 3 + 1 = 4 rows, named after the 3.
    rows.put("E01004294", Map.of("Tower Hamlets 026B", 3L, "Tower Hamlets 026X", 1L));
    rows.put("", Map.of("", 9L)); // no LSOA: not checked
    UnknownLsoas u = UnknownLsoas.of(rows, "E01000001"::equals);
    // Checked 5 + 2 + 4 = 11; unknown 2 + 4 = 6, the 4 first.
    assertThat(u.rows()).isEqualTo(11);
    assertThat(u.unknownRows()).isEqualTo(6);
    assertThat(u.codes())
        .containsExactly(
            new UnknownLsoas.Code("E01004294", "Tower Hamlets 026B", 4),
            new UnknownLsoas.Code("E01000004", "City of London 001D", 2));
    assertThat(u.sentence("rows", "lookup L"))
        .isEqualTo(
            "6 of the 11 rows carry 2 LSOA codes the lookup L does not have: E01004294 Tower"
                + " Hamlets 026B (4), E01000004 City of London 001D (2)");
  }

  @Test
  void aNoteNamesTenCodesAndCountsTheRest() {
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    for (int i = 10; i < 22; i++) {
      rows.put("E010000" + i, Map.of("", 1L));
    }
    UnknownLsoas u = UnknownLsoas.of(rows, code -> false);
    // 12 codes of 1 row each, in code order: E01000010..E01000019 named, 2 more.
    assertThat(u.sentence("rows", "boundaries B"))
        .startsWith("12 of the 12 rows carry 12 LSOA codes the boundaries B does not have:")
        .contains("E01000019 (1) and 2 more")
        .doesNotContain("E01000020");
    assertThat(UnknownLsoas.of(rows, code -> true).any()).isFalse();
  }
}
