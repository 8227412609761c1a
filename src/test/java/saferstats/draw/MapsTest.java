package saferstats.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import saferstats.analysis.GridFigures;
import saferstats.analysis.GridFigures.Cell;
import saferstats.geo.Boundaries;
import saferstats.ingest.boundaries.BoundaryReader;
import saferstats.stats.HotspotClass;

/**
 * Where things land: the map box is 480 px square at (10, 10) and the PNG has 2 pixels per CSS
 * pixel. The three squares span 300 × 100 m (eastings 530,000–530,300, northings 180,000–180,100),
 * so the scale is min(480/300, 480/100) = 1.6 px per metre, the map is 480 × 160 px, centred
 * vertically: left = 10 + (480 − 480)/2 = 10, top = 10 + (480 − 160)/2 = 170. A square's centre
 * (530,050 + 100k, 180,050) lands at x = 10 + (50 + 100k)·1.6 = 90, 250, 410 and y = 170 + (180,100
 * − 180,050)·1.6 = 250; in the PNG (180, 500), (500, 500), (820, 500).
 */
class MapsTest {
  private static final Boundaries SQUARES =
      BoundaryReader.read(Path.of("src/test/resources/fixtures/boundaries/three-squares-bng.csv"));

  private static List<Maps.MapArea> areas(Double a, Double b, Double c) {
    return List.of(
        new Maps.MapArea(
            "E01000001", "Testham 001A", a, "E01000001 Testham 001A: " + a + " crimes"),
        new Maps.MapArea(
            "E01000002", "Testham 001B", b, "E01000002 Testham 001B: " + b + " crimes"),
        new Maps.MapArea(
            "E01000003", "Testham 001C", c, "E01000003 Testham 001C: " + c + " crimes"));
  }

  @Test
  void choroplethTitlesEachLsoaAndShadesItsQuantileClass() throws Exception {
    Drawing map = Maps.choropleth("map-test", SQUARES, areas(10.0, 20.0, 30.0), "Crimes");

    assertThat(titles(map.svg()))
        .containsExactly(
            Map.entry("E01000001", "E01000001 Testham 001A: 10.0 crimes"),
            Map.entry("E01000002", "E01000002 Testham 001B: 20.0 crimes"),
            Map.entry("E01000003", "E01000003 Testham 001C: 30.0 crimes"));
    // 3 values in fifths: positions floor(i·3/5) = 0,0,1,1,2,3 for i = 0…5, so fifths 1, 3 and 4
    // (0-based) hold 10, 20 and 30: YlOrRd #fecc5c, #f03b20, #bd0026
    BufferedImage png = png(map);
    assertThat(new Color(png.getRGB(180, 500))).isEqualTo(new Color(0xfecc5c));
    assertThat(new Color(png.getRGB(500, 500))).isEqualTo(new Color(0xf03b20));
    assertThat(new Color(png.getRGB(820, 500))).isEqualTo(new Color(0xbd0026));
    // outside the squares (y = 100 CSS px, above the map) stays white
    assertThat(new Color(png.getRGB(500, 200))).isEqualTo(Color.WHITE);
    // the legend gives each class its value; the scale bar is a round length: a quarter of 480 px
    // is 75 m at 1.6 px/m, and the largest 1-2-5 length under it is 50 m
    assertThat(map.svg()).contains(">10</text>", ">20</text>", ">30</text>", ">50 m</text>");
    assertThat(map.svg()).doesNotContain("no data");
  }

  @Test
  void anLsoaWithNoValueIsGreyAndNamedNoDataInTheLegend() throws Exception {
    Drawing map = Maps.choropleth("map-test", SQUARES, areas(10.0, null, 30.0), "Crimes");

    // 2 values: positions floor(i·2/5) = 0,0,0,1,1,2, so fifths 2 and 4 hold 10 and 30
    BufferedImage png = png(map);
    assertThat(new Color(png.getRGB(180, 500))).isEqualTo(new Color(0xfd8d3c));
    assertThat(new Color(png.getRGB(500, 500))).isEqualTo(Maps.NO_DATA);
    assertThat(new Color(png.getRGB(820, 500))).isEqualTo(new Color(0xbd0026));
    assertThat(map.svg()).contains(">no data</text>");
  }

  @Test
  void theSameFiguresGiveTheSameBytes() {
    Drawing first = Maps.choropleth("map-test", SQUARES, areas(1.0, 2.0, 3.0), "Crimes");
    Drawing second = Maps.choropleth("map-test", SQUARES, areas(1.0, 2.0, 3.0), "Crimes");
    assertThat(first.svg()).isEqualTo(second.svg());
    assertThat(first.png()).isEqualTo(second.png());
    Drawing grid = Maps.grid("grid-test", threeByThree(), SQUARES, List.of("E01000001"));
    assertThat(grid.svg())
        .isEqualTo(Maps.grid("grid-test", threeByThree(), SQUARES, List.of("E01000001")).svg());
    assertThat(grid.png())
        .isEqualTo(Maps.grid("grid-test", threeByThree(), SQUARES, List.of("E01000001")).png());
  }

  /**
   * A 3 × 3 grid of 100 m cells from (530,000, 180,000): with no boundaries the extent is 300 × 300
   * m, scale 480/300 = 1.6, left = top = 10. Cell r1 c2 (eastings 530,200–530,300, northings
   * 180,100–180,200) has its centre at x = 10 + 250·1.6 = 410, y = 10 + (180,300 − 180,150)·1.6 =
   * 250, PNG (820, 500); cell r0 c0's centre at x = 10 + 50·1.6 = 90, y = 10 + 250·1.6 = 410, PNG
   * (180, 820); cell r2 c1's at x = 250, y = 90, PNG (500, 180).
   */
  @Test
  void gridColoursTheHotCellRedAndTheColdCellBlueByConfidenceAndTitlesThem() throws Exception {
    Drawing map = Maps.grid("grid-test", threeByThree(), null, List.of());

    BufferedImage png = png(map);
    assertThat(new Color(png.getRGB(820, 500))).isEqualTo(new Color(0xcb181d)); // hot, 99 %
    assertThat(new Color(png.getRGB(180, 820))).isEqualTo(new Color(0x6baed6)); // cold, 95 %
    assertThat(new Color(png.getRGB(500, 180))).isEqualTo(Color.WHITE); // neither: not filled
    assertThat(titles(map.svg()))
        .containsExactly(
            Map.entry("r0-c0", "cell r0 c0: 0 crimes (1 with its neighbours), cold 95%"),
            Map.entry(
                "r1-c2", "cell r1 c2: 12 crimes (30 with its neighbours), hot 99%, persistent"));
    assertThat(map.svg()).contains("No --boundaries given");
  }

  /**
   * The two squares lie inside the grid's extent, so the frame is the same as above: E01000001
   * (530,000–530,100 by 180,000–180,100) is x 10–170, y 330–490; the area's outline, their union,
   * runs round both (x 10–330).
   */
  @Test
  void gridOverBoundariesDrawsEachLsoaAndTheAreasOutlineAndNoNote() {
    Drawing map =
        Maps.grid("grid-test", threeByThree(), SQUARES, List.of("E01000001", "E01000002"));
    assertThat(map.svg())
        .doesNotContain("No --boundaries given")
        .contains("<path d=\"M10 490 L170 490 L170 330 L10 330 Z\"")
        .contains("<path d=\"M170 490 L330 490 L330 330 L170 330 Z\"")
        // the union's ring, from the vertex JTS's snapped overlay starts at: (10,490) round to it
        .contains("<path d=\"M10 490 L10 330 L170 330 L330 330 L330 490 L170 490 Z\"");
  }

  private static GridFigures threeByThree() {
    List<Cell> cells = new java.util.ArrayList<>();
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        boolean hot = row == 1 && col == 2;
        boolean cold = row == 0 && col == 0;
        cells.add(
            new Cell(
                row,
                col,
                530_050 + col * 100,
                180_050 + row * 100,
                51.5,
                -0.1,
                null,
                null,
                hot ? 12 : 0,
                hot ? 30 : 1,
                hot ? 3.0 : cold ? -2.0 : 0.1,
                0.01,
                0.02,
                hot ? 3 : cold ? -2 : 0,
                hot,
                cold,
                null,
                null,
                hot ? HotspotClass.PERSISTENT : HotspotClass.NONE));
      }
    }
    return new GridFigures(
        100, "--cell-size", 3, 3, 530_000, 180_000, 42, 42, 1, 1, 0, List.of(), null, cells);
  }

  static Map<String, String> titles(String svg) throws Exception {
    Document dom =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    NodeList titles = dom.getElementsByTagName("title");
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < titles.getLength(); i++) {
      Element parent = (Element) titles.item(i).getParentNode();
      out.put(parent.getAttribute("data-key"), titles.item(i).getTextContent());
    }
    return out;
  }

  static BufferedImage png(Drawing d) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(d.png()));
  }
}
