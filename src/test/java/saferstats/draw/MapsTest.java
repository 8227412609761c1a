package saferstats.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import saferstats.analysis.CellStreets;
import saferstats.analysis.GridFigures;
import saferstats.analysis.GridFigures.Cell;
import saferstats.geo.Boundaries;
import saferstats.geo.Boundary;
import saferstats.ingest.boundaries.BoundaryReader;
import saferstats.stats.HotspotClass;

/**
 * Where things land: the map box is 480 px square at (10, 10) and the PNG has 2 pixels per CSS
 * pixel. The map is fitted inside a frame at the box's top-left, 15 px in from its left, right and
 * top, with a 30 px band at its foot for the scale bar and north arrow: the map may be 480 − 2·15 =
 * 450 px wide and 480 − 15 − 15 − 30 = 420 px tall. The three squares span 300 × 100 m (eastings
 * 530,000–530,300, northings 180,000–180,100), so the scale is min(450/300, 420/100) = 1.5 px per
 * metre, the map is 450 × 150 px, its left edge at 10 + (480 − 450)/2 = 25 and top at 10 + 15 = 25;
 * the frame is 480 wide and 150 + 15 + 30 = 195 tall: x 10–490, y 10–205. A square's centre
 * (530,050 + 100k, 180,050) lands at x = 25 + (50 + 100k)·1.5 = 100, 250, 400 and y = 25 + (180,100
 * − 180,050)·1.5 = 100; in the PNG (200, 200), (500, 200), (800, 200).
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

  /**
   * Fewer than ten areas (issue 26.6): no quantile classes; each area's figure is written on it, at
   * the centre of its largest inscribed circle (a square's centre), and its shade is in proportion
   * along YlOrRd's five colours at t = 0, ¼, ½, ¾, 1: 10, 20, 30 are t = 0, ½, 1, so #ffffb2,
   * #fd8d3c and #bd0026 exactly.
   */
  @Test
  void fewerThanTenAreasShowTheirFiguresShadedInProportion() throws Exception {
    Drawing map = Maps.choropleth("map-test", SQUARES, areas(10.0, 20.0, 30.0), "Crimes");

    assertThat(titles(map.svg()))
        .containsExactly(
            Map.entry("E01000001", "E01000001 Testham 001A: 10.0 crimes"),
            Map.entry("E01000002", "E01000002 Testham 001B: 20.0 crimes"),
            Map.entry("E01000003", "E01000003 Testham 001C: 30.0 crimes"));
    assertThat(Maps.labelsFigures(SQUARES, areas(10.0, 20.0, 30.0))).isTrue();
    assertThat(shapeFill(map.svg(), "E01000001")).isEqualTo("rgb(255,255,178)");
    assertThat(shapeFill(map.svg(), "E01000002")).isEqualTo("rgb(253,141,60)");
    assertThat(shapeFill(map.svg(), "E01000003")).isEqualTo("rgb(189,0,38)");
    // the figures sit on their squares: each text's middle within 2 px of the centre, baseline
    // 4 px below it
    assertThat(textCentre(map.svg(), "10")).isCloseTo(100, within(2.0));
    assertThat(textCentre(map.svg(), "20")).isCloseTo(250, within(2.0));
    assertThat(textCentre(map.svg(), "30")).isCloseTo(400, within(2.0));
    assertThat(text(map.svg(), "30").y()).isEqualTo(104.0);
    // light text would vanish on a light fill: dark on #ffffb2, white on #bd0026
    assertThat(text(map.svg(), "10").fill()).isEqualTo("rgb(51,51,51)");
    assertThat(text(map.svg(), "30").fill()).isEqualTo("white");
    assertThat(map.svg())
        .contains(">10 (lowest)</text>", ">30 (highest)</text>", "Fewer than 10 areas")
        .doesNotContain("quantiles", "no data");
    // sampled 30 CSS px left of each centre, off the written figure: (70, 100) → PNG (140, 200)
    BufferedImage png = png(map);
    assertThat(new Color(png.getRGB(140, 200))).isEqualTo(new Color(0xffffb2));
    assertThat(new Color(png.getRGB(440, 200))).isEqualTo(new Color(0xfd8d3c));
    assertThat(new Color(png.getRGB(740, 200))).isEqualTo(new Color(0xbd0026));
  }

  /**
   * The City's ASB map had 6 LSOAs in quintile classes "4, 5, 8, 36, 62–214": 62 and 214 one
   * colour. In proportion, 4, 62, 214 are t = 0, (62 − 4)/(214 − 4) = 58/210 = 0.2762, 1: 62 lies
   * at 0.2762 × 4 = 1.1048 along the ramp, 0.1048 of the way from #fecc5c (254, 204, 92) to #fd8d3c
   * (253, 141, 60): (254 − 0.10, 204 − 6.60, 92 − 3.35) = (254, 197, 89) rounded; 214 is #bd0026.
   */
  @Test
  void sixtyTwoAndTwoHundredFourteenAreNoLongerOneColour() throws Exception {
    Drawing map = Maps.choropleth("map-test", SQUARES, areas(4.0, 62.0, 214.0), "Crimes");
    // each shape's fill as the SVG gives it (wherever it lands), then the PNG at the centres
    assertThat(shapeFill(map.svg(), "E01000001")).isEqualTo("rgb(255,255,178)");
    assertThat(shapeFill(map.svg(), "E01000002")).isEqualTo("rgb(254,197,89)");
    assertThat(shapeFill(map.svg(), "E01000003")).isEqualTo("rgb(189,0,38)");
    BufferedImage png = png(map);
    assertThat(new Color(png.getRGB(140, 200))).isEqualTo(new Color(0xffffb2));
    assertThat(new Color(png.getRGB(440, 200))).isEqualTo(new Color(254, 197, 89));
    assertThat(new Color(png.getRGB(740, 200))).isEqualTo(new Color(0xbd0026));
  }

  /**
   * Ten squares of 100 m in a row (1,000 × 100 m): scale min(450/1000, 420/100) = 0.45, square k's
   * centre at x = 25 + (50 + 100k)·0.45 = 47.5 + 45k, y = 25 + 50·0.45 = 47.5; PNG (95 + 90k, 95).
   * Ten figures 1…10 are enough for classes: fifths of positions i·10/5 = 0, 2, 4, 6, 8 give {1,
   * 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}; no figure is written on a square.
   */
  @Test
  void tenAreasOrMoreGetFiveQuantileClasses() throws Exception {
    Map<String, Boundary> squares = new LinkedHashMap<>();
    List<Maps.MapArea> areas = new java.util.ArrayList<>();
    GeometryFactory f = new GeometryFactory();
    for (int k = 0; k < 10; k++) {
      String code = "E0100001" + k;
      squares.put(
          code,
          new Boundary(
              code,
              "Testham " + k,
              f.toGeometry(new Envelope(530_000 + 100 * k, 530_100 + 100 * k, 180_000, 180_100))));
      areas.add(new Maps.MapArea(code, "Testham " + k, k + 1.0, code));
    }
    Boundaries ten = new Boundaries("ten", squares);
    Drawing map = Maps.choropleth("map-test", ten, areas, "Crimes");

    assertThat(Maps.labelsFigures(ten, areas)).isFalse();
    BufferedImage png = png(map);
    assertThat(new Color(png.getRGB(95, 95))).isEqualTo(new Color(0xffffb2)); // 1
    assertThat(new Color(png.getRGB(95 + 90 * 2, 95))).isEqualTo(new Color(0xfecc5c)); // 3
    assertThat(new Color(png.getRGB(95 + 90 * 9, 95))).isEqualTo(new Color(0xbd0026)); // 10
    assertThat(map.svg())
        .contains(">1 – 2</text>", ">9 – 10</text>", "quantiles")
        .doesNotContain(">10</text>", "lowest");
  }

  @Test
  void anLsoaWithNoValueIsGreyAndNamedNoDataInTheLegend() throws Exception {
    Drawing map = Maps.choropleth("map-test", SQUARES, areas(10.0, null, 30.0), "Crimes");

    // 2 figures, in proportion: 10 is t = 0 (#ffffb2), 30 is t = 1 (#bd0026)
    BufferedImage png = png(map);
    assertThat(new Color(png.getRGB(140, 200))).isEqualTo(new Color(0xffffb2));
    assertThat(new Color(png.getRGB(440, 200))).isEqualTo(Maps.NO_DATA);
    assertThat(new Color(png.getRGB(740, 200))).isEqualTo(new Color(0xbd0026));
    assertThat(map.svg()).contains(">no data</text>");
  }

  /**
   * The scale bar and north arrow sit inside the map's frame (x 10–490, y 10–205, above), in its
   * foot band (y 175–205), not under the map box or beside the legend: every mark left of the
   * legend (x < 500) lies in the frame. The bar is a round length: the room for it is 480 − 2·15 −
   * 30 = 420 px, a quarter is 105 px = 70 m at 1.5 px/m, and the largest 1-2-5 length under that is
   * 50 m.
   */
  @Test
  void theScaleBarAndNorthArrowAreInsideTheMapFrame() throws Exception {
    Drawing map = Maps.choropleth("map-test", SQUARES, areas(10.0, 20.0, 30.0), "Crimes");

    Text bar = text(map.svg(), "50 m");
    Text north = text(map.svg(), "N");
    assertThat(bar.x()).isBetween(10.0, 490.0);
    assertThat(bar.y()).isBetween(175.0, 205.0);
    assertThat(north.x()).isBetween(250.0, 490.0);
    assertThat(north.y()).isBetween(175.0, 205.0);
    BufferedImage png = png(map);
    for (int x = 0; x < 1000; x++) {
      for (int y = 0; y < png.getHeight(); y++) {
        if (png.getRGB(x, y) != Color.WHITE.getRGB()) {
          // the frame's own line is 0.8 px wide, centred on its edge: up to 1 PNG px outside
          assertThat(x).as("x of a mark at PNG (%d, %d)", x, y).isBetween(19, 981);
          assertThat(y).as("y of a mark at PNG (%d, %d)", x, y).isBetween(19, 411);
        }
      }
    }
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
   * m, scale min(450/300, 420/300) = 1.4, the map 420 px square; the frame is 420 + 2·15 = 450 wide
   * (x 10–460), the map's left edge at 10 + (450 − 420)/2 = 25, its top at 25. Cell r1 c2 (eastings
   * 530,200–530,300, northings 180,100–180,200) has its centre at x = 25 + 250·1.4 = 375, y = 25 +
   * (180,300 − 180,150)·1.4 = 235, PNG (750, 470); cell r0 c0's centre at x = 25 + 50·1.4 = 95, y =
   * 25 + 250·1.4 = 375, PNG (190, 750); cell r2 c1's at x = 235, y = 95, PNG (470, 190).
   */
  @Test
  void gridColoursTheHotCellRedAndTheColdCellBlueByConfidenceAndTitlesThem() throws Exception {
    Drawing map = Maps.grid("grid-test", threeByThree(), null, List.of());

    BufferedImage png = png(map);
    assertThat(new Color(png.getRGB(750, 470))).isEqualTo(new Color(0xcb181d)); // hot, 99 %
    assertThat(new Color(png.getRGB(190, 750))).isEqualTo(new Color(0x6baed6)); // cold, 95 %
    assertThat(new Color(png.getRGB(470, 190))).isEqualTo(Color.WHITE); // neither: not filled
    assertThat(titles(map.svg()))
        .containsExactly(
            Map.entry("r0-c0", "cell r0 c0: 0 crimes (1 with its neighbours), cold 95%"),
            Map.entry(
                "r1-c2", "cell r1 c2: 12 crimes (30 with its neighbours), hot 99%, persistent"));
    assertThat(map.svg()).contains("No --boundaries given");
  }

  /**
   * The legend lists only what the map draws (issue 26.6): the grid has one hot cell at 99 % and
   * one cold at 95 %, and of the classes only a persistent one, so the other four shades and the
   * emerging and former outlines are not in it.
   */
  @Test
  void theGridLegendListsOnlyTheShadesAndClassesThatOccur() {
    String svg = Maps.grid("grid-test", withPeriods(threeByThree()), null, List.of()).svg();
    assertThat(svg)
        .contains(
            ">hot, 99% confidence</text>", ">cold, 95% confidence</text>", ">persistent</text>")
        .doesNotContain(
            "hot, 95%", "hot, 90%", "cold, 99%", "cold, 90%", ">emerging</text>", ">former</text>");
  }

  /**
   * Hot cells carry a numbered marker and the key beside the map names their top street: only
   * significant hot cells, hottest first, one per street. r1 c2 (z 3.0, High Street) is 1; r2 c2 (z
   * 2.5) is High Street's too, so is passed over; r2 c0 (z 2.0, Station Road, counted in its
   * neighbourhood) is 2; the cold cell r0 c0 has a street but is not hot, so no marker. Marker 1 is
   * centred on r1 c2 (375, 235) and marker 2 on r2 c0 (x = 25 + 50·1.4 = 95, y = 25 + 50·1.4 = 95).
   */
  @Test
  void hotCellsAreNumberedOnTheMapAndTheKeyNamesTheirTopStreet() throws Exception {
    Drawing map = Maps.grid("grid-test", withStreets(), null, List.of());

    assertThat(textCentre(map.svg(), "1")).isCloseTo(375, within(2.0));
    assertThat(text(map.svg(), "1").y()).isCloseTo(238.5, within(0.01));
    assertThat(textCentre(map.svg(), "2")).isCloseTo(95, within(2.0));
    assertThat(map.svg())
        .contains(
            ">Hot cells' top streets</text>",
            ">High Street</text>",
            ">Station Road (nearby)</text>")
        .doesNotContain("On or near", "Cold Lane");
    // the marker is a white disc on the red cell: 5 px above its centre, PNG (750, 460)
    assertThat(new Color(png(map).getRGB(750, 460))).isEqualTo(Color.WHITE);
    assertThat(textCount(map.svg(), "3")).isZero();
  }

  /**
   * The two squares lie inside the grid's extent, so the frame is the same as above: E01000001
   * (530,000–530,100 by 180,000–180,100) is x 25–165, y 25 + 200·1.4 = 305 to 25 + 300·1.4 = 445;
   * the area's outline, their union, runs round both (x 25–305).
   */
  @Test
  void gridOverBoundariesDrawsEachLsoaAndTheAreasOutlineAndNoNote() {
    Drawing map =
        Maps.grid("grid-test", threeByThree(), SQUARES, List.of("E01000001", "E01000002"));
    assertThat(map.svg())
        .doesNotContain("No --boundaries given")
        .contains("<path d=\"M25 445 L165 445 L165 305 L25 305 Z\"")
        .contains("<path d=\"M165 445 L305 445 L305 305 L165 305 Z\"")
        // the union's ring, from the vertex JTS's snapped overlay starts at: (25,445) round to it
        .contains("<path d=\"M25 445 L25 305 L165 305 L305 305 L305 445 L165 445 Z\"");
  }

  private static GridFigures withPeriods(GridFigures g) {
    return new GridFigures(
        g.cellSize(),
        g.cellSizeRule(),
        g.rows(),
        g.cols(),
        g.originEasting(),
        g.originNorthing(),
        g.extentPoints(),
        g.points(),
        g.hot(),
        g.cold(),
        g.hotWithNoCrime(),
        List.of("2023-24 Q1", "2023-24 Q2", "2023-24 Q3"),
        g.giUndefined(),
        g.cells());
  }

  /** {@link #threeByThree} with hot cells r2 c2 (z 2.5) and r2 c0 (z 2.0) and top streets. */
  private static GridFigures withStreets() {
    GridFigures g = threeByThree();
    List<Cell> cells = new java.util.ArrayList<>();
    for (Cell c : g.cells()) {
      boolean r1c2 = c.row() == 1 && c.col() == 2;
      boolean r2c2 = c.row() == 2 && c.col() == 2;
      boolean r2c0 = c.row() == 2 && c.col() == 0;
      boolean r0c0 = c.row() == 0 && c.col() == 0;
      String street =
          r1c2 || r2c2
              ? "On or near High Street"
              : r2c0 ? "On or near Station Road" : r0c0 ? "On or near Cold Lane" : null;
      boolean hot = r1c2 || r2c2 || r2c0;
      cells.add(
          new Cell(
              c.row(),
              c.col(),
              c.centreEasting(),
              c.centreNorthing(),
              c.centreLatitude(),
              c.centreLongitude(),
              street,
              r2c0 ? CellStreets.From.NEIGHBOURHOOD : street == null ? null : CellStreets.From.CELL,
              c.count(),
              c.neighbourhoodCount(),
              r2c2 ? 2.5 : r2c0 ? 2.0 : c.z(),
              c.p(),
              c.q(),
              hot ? 3 : c.bin(),
              hot,
              c.cold(),
              c.previous(),
              c.changeP(),
              c.classification()));
    }
    return new GridFigures(
        100, "--cell-size", 3, 3, 530_000, 180_000, 42, 42, 3, 1, 0, List.of(), null, cells);
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

  /** A {@code <text>} element: where its baseline starts and its fill. */
  record Text(double x, double y, String fill) {}

  /** The first {@code <text>} whose content is {@code content}; fails when there is none. */
  static Text text(String svg, String content) throws Exception {
    NodeList texts = dom(svg).getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      if (t.getTextContent().equals(content)) {
        return new Text(
            Double.parseDouble(t.getAttribute("x")),
            Double.parseDouble(t.getAttribute("y")),
            inherited(t, "fill"));
      }
    }
    throw new AssertionError("no <text> " + content + " in the drawing");
  }

  /** The fill of the first element under the shape titled {@code key} that sets one. */
  static String shapeFill(String svg, String key) throws Exception {
    NodeList groups = dom(svg).getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (key.equals(g.getAttribute("data-key"))) {
        NodeList inner = g.getElementsByTagName("*");
        for (int j = 0; j < inner.getLength(); j++) {
          Element e = (Element) inner.item(j);
          if (e.hasAttribute("fill")) {
            return e.getAttribute("fill");
          }
        }
      }
    }
    throw new AssertionError("no shape " + key);
  }

  static long textCount(String svg, String content) throws Exception {
    NodeList texts = dom(svg).getElementsByTagName("text");
    long n = 0;
    for (int i = 0; i < texts.getLength(); i++) {
      n += texts.item(i).getTextContent().equals(content) ? 1 : 0;
    }
    return n;
  }

  /** The middle of a bold 11 or 10 px text: its x plus half its width in that font. */
  static double textCentre(String svg, String content) throws Exception {
    Text t = text(svg, content);
    Element e = element(svg, content);
    float size = Float.parseFloat(inherited(e, "font-size").replace("px", ""));
    java.awt.image.BufferedImage scratch =
        new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = scratch.createGraphics();
    double width = g.getFontMetrics(Fonts.bold(size)).stringWidth(content);
    g.dispose();
    return t.x() + width / 2;
  }

  private static Element element(String svg, String content) throws Exception {
    NodeList texts = dom(svg).getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      if (texts.item(i).getTextContent().equals(content)) {
        return (Element) texts.item(i);
      }
    }
    throw new AssertionError("no <text> " + content);
  }

  /** An attribute of the element or its nearest ancestor that sets it (Batik sets fill on a g). */
  private static String inherited(Element e, String attribute) {
    for (org.w3c.dom.Node n = e; n instanceof Element el; n = n.getParentNode()) {
      if (el.hasAttribute(attribute)) {
        return el.getAttribute(attribute);
      }
    }
    return "";
  }

  private static Document dom(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static BufferedImage png(Drawing d) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(d.png()));
  }
}
