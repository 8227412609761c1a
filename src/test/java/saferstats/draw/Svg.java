package saferstats.draw;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a drawing's SVG the way a checker would: titled groups, their paths, its texts. */
final class Svg {
  private final Document dom;

  Svg(String svg) throws Exception {
    dom =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** Each titled group's key and title, in document order. */
  Map<String, String> titles() {
    Map<String, String> titles = new LinkedHashMap<>();
    for (Element g : elements("g")) {
      if (g.hasAttribute("data-key")) {
        titles.put(
            g.getAttribute("data-key"), g.getElementsByTagName("title").item(0).getTextContent());
      }
    }
    return titles;
  }

  /** The group titled with {@code key}. */
  Element group(String key) {
    return elements("g").stream()
        .filter(g -> g.getAttribute("data-key").equals(key))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The right edge of each text drawn in {@code font} (the charts' tick labels are 10 px DejaVu
   * Sans), from its {@code x} and the font's advance: Batik writes each text's absolute position.
   */
  Map<String, Double> rightEdges(java.awt.Font font) {
    java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
    Map<String, Double> edges = new LinkedHashMap<>();
    for (Element t : elements("text")) {
      if (t.hasAttribute("x")) {
        double x = Double.parseDouble(t.getAttribute("x"));
        edges.put(t.getTextContent(), x + font.getStringBounds(t.getTextContent(), frc).getWidth());
      }
    }
    return edges;
  }

  List<String> texts() {
    return elements("text").stream().map(Element::getTextContent).toList();
  }

  /**
   * The number of points in each stretch of a path's data: "M a b L c d L e f M …" is [3, …]. A
   * line broken by a missing month has one stretch more.
   */
  static List<Integer> stretches(Element group) {
    NodeList paths = group.getElementsByTagName("path");
    List<Integer> stretches = new ArrayList<>();
    for (int i = 0; i < paths.getLength(); i++) {
      String d = ((Element) paths.item(i)).getAttribute("d");
      for (char c : d.toCharArray()) {
        if (c == 'M') {
          stretches.add(1);
        } else if (c == 'L') {
          stretches.set(stretches.size() - 1, stretches.get(stretches.size() - 1) + 1);
        }
      }
    }
    return stretches;
  }

  private List<Element> elements(String tag) {
    NodeList nodes = dom.getElementsByTagName(tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }
}
