package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellStreetsTest {
  @Test
  void topStreetIsTheCellsOwnElseItsNeighbourhoodsWithTiesAlphabetical() {
    // A 1 x 5 grid. Cell 0: A once, B once (a tie: A, alphabetically first). Cell 1: none, so its
    // neighbourhood (cells 0, 1, 2): A 1, B 1, C 2 -> C. Cell 2: C twice. Cell 3: none,
    // neighbourhood (2, 3, 4): C 2 -> C. Cell 4: none, neighbourhood (3, 4) names none -> null.
    // The last two rows are not counted (cell -1: another window or priority) or name no street.
    int[] cellOf = {0, 0, 2, 2, -1, -1, -1, 4};
    List<String> location =
        List.of(
            "On or near B",
            "On or near A",
            "On or near C",
            "On or near C",
            "On or near Z",
            "On or near Z",
            "On or near Z",
            "");
    List<CellStreets.Top> top = CellStreets.of(cellOf, location, 1, 5);
    assertThat(top)
        .containsExactly(
            new CellStreets.Top("On or near A", CellStreets.From.CELL),
            new CellStreets.Top("On or near C", CellStreets.From.NEIGHBOURHOOD),
            new CellStreets.Top("On or near C", CellStreets.From.CELL),
            new CellStreets.Top("On or near C", CellStreets.From.NEIGHBOURHOOD),
            new CellStreets.Top(null, null));
  }

  @Test
  void aTieGoesToTheAlphabeticallyFirstWhateverTheMapOrder() {
    assertThat(CellStreets.top(Map.of("On or near Y", 3L, "On or near X", 3L, "On or near W", 2L)))
        .isEqualTo("On or near X");
    assertThat(CellStreets.top(Map.of())).isNull();
  }
}
