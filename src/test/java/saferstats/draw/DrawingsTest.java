package saferstats.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DrawingsTest {
  private static final Drawings.Painter TWO_SQUARES =
      (g, titles) -> {
        g.setColor(Color.RED);
        titles.titled(
            "E01000001",
            "City of London 001A: 12",
            () -> g.fill(new Rectangle2D.Double(10, 10, 30, 30)));
        g.setColor(Color.BLUE);
        titles.titled(
            "E01000002",
            "City of London 001B: 3",
            () -> g.fill(new Rectangle2D.Double(50, 10, 30, 30)));
        g.setFont(Fonts.regular(10f));
        g.drawString("label", 10, 60);
      };

  @Test
  void svgTitlesEachShapeGroupAndIsTheSameEveryRun() throws Exception {
    Drawing first = Drawings.draw("map-city", 100, 80, TWO_SQUARES);
    Drawing second = Drawings.draw("map-city", 100, 80, TWO_SQUARES);

    assertThat(first.svg()).isEqualTo(second.svg());
    assertThat(first.png()).isEqualTo(second.png());
    assertThat(first.svg())
        .contains("viewBox=\"0 0 100 80\"")
        .contains("data-key=\"E01000001\"")
        .contains("<title>City of London 001A: 12</title>")
        .contains("<title>City of London 001B: 3</title>")
        .contains(">label</text>")
        .contains("id=\"map-city-defs\"")
        .doesNotContain("genericDefs");
    // the two titled groups are siblings under the root, each holding its own path
    org.w3c.dom.Document dom =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    first.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    var titles = dom.getElementsByTagName("title");
    assertThat(titles.getLength()).isEqualTo(2);
    assertThat(((org.w3c.dom.Element) titles.item(0).getParentNode()).getAttribute("data-key"))
        .isEqualTo("E01000001");
  }

  @Test
  void pngIsTwiceTheSizeAndShowsWhatWasPainted() throws Exception {
    Drawing drawing = Drawings.draw("map-city", 100, 80, TWO_SQUARES);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawing.png()));
    assertThat(image.getWidth()).isEqualTo(200);
    assertThat(image.getHeight()).isEqualTo(160);
    // centre of the red square (25,25) at scale 2 is pixel (50,50); of the blue one (65,25) is
    // (130,50)
    assertThat(new Color(image.getRGB(50, 50))).isEqualTo(Color.RED);
    assertThat(new Color(image.getRGB(130, 50))).isEqualTo(Color.BLUE);
    assertThat(new Color(image.getRGB(190, 150))).isEqualTo(Color.WHITE);
  }
}
