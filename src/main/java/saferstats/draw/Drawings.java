package saferstats.draw;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs one painter twice, onto Batik's SVG generator and onto a PNG image, so the two files of a
 * chart always agree. The SVG is deterministic (ids are the drawing's name and a counter, no
 * comment, no timestamp) and fonts come from {@link Fonts}, so the same figures give the same bytes
 * on any machine.
 */
public final class Drawings {
  /** PNG pixels per CSS pixel: sharp when pasted into Word or printed. */
  public static final int PNG_SCALE = 2;

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** What a painter draws with: the graphics, and a way to title the shapes a reader may hover. */
  public interface Painter {
    void paint(Graphics2D g, Titles titles);
  }

  /**
   * Titles a group of shapes: in the SVG, what {@code draw} paints becomes one {@code <g
   * data-key="…">} whose {@code <title>} a browser shows on hover; in the PNG it is simply drawn.
   */
  public interface Titles {
    void titled(String key, String title, Runnable draw);
  }

  static {
    // Drawing never needs a display; without this a JRE on a desktop may try to open one.
    System.setProperty("java.awt.headless", "true");
  }

  private Drawings() {}

  /** A painter that returns how far down (in CSS px) it drew. */
  public interface MeasuredPainter {
    double paint(Graphics2D g, Titles titles);
  }

  /**
   * Like {@link #draw}, but the drawing ends {@code margin} px below the lowest thing the painter
   * draws (at most {@code maxHeight}), so a wide map leaves no empty band under it on the page. The
   * painter is run once more, onto a scratch image, to measure.
   */
  public static Drawing drawTrimmed(
      String name, int width, int maxHeight, int margin, MeasuredPainter painter) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    double bottom;
    try {
      prepare(g);
      bottom = painter.paint(g, (key, title, draw) -> draw.run());
    } finally {
      g.dispose();
    }
    int height = (int) Math.min(maxHeight, Math.ceil(bottom) + margin);
    return draw(name, width, height, painter::paint);
  }

  public static Drawing draw(String name, int width, int height, Painter painter) {
    return new Drawing(
        name, width, height, svg(name, width, height, painter), () -> png(width, height, painter));
  }

  private static String svg(String name, int width, int height, Painter painter) {
    Document document = newDocument();
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setIDGenerator(new PrefixedIds(name));
    context.setComment(null);
    context.setEmbeddedFontsOn(false);
    SVGGraphics2D g = new SVGGraphics2D(context, false);
    g.setSVGCanvasSize(new Dimension(width, height));
    prepare(g);
    List<Element> groups = new ArrayList<>();
    painter.paint(
        g,
        (key, title, draw) -> {
          groups.add(g.getTopLevelGroup(false));
          draw.run();
          Element shape = g.getTopLevelGroup(false);
          shape.setAttribute("data-key", key);
          Element titleElement = document.createElementNS(SVG_NS, "title");
          titleElement.setTextContent(title);
          shape.insertBefore(titleElement, shape.getFirstChild());
          groups.add(shape);
        });
    Element root = g.getRoot();
    root.setAttribute("viewBox", "0 0 " + width + " " + height);
    renameDefinitions(root, name);
    Node last = lastGroup(root);
    for (Element group : groups) {
      if (group.hasChildNodes()) {
        root.insertBefore(group, last);
      }
    }
    return serialise(root);
  }

  /**
   * Batik names its definitions "genericDefs" in every drawing; a report inlines many, so each gets
   * its own.
   */
  private static void renameDefinitions(Element root, String name) {
    for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals("defs")) {
        element.setAttribute("id", name + "-defs");
      }
    }
  }

  private static Node lastGroup(Element root) {
    Node node = root.getLastChild();
    while (node != null && !(node instanceof Element element && element.getTagName().equals("g"))) {
      node = node.getPreviousSibling();
    }
    return node;
  }

  private static byte[] png(int width, int height, Painter painter) {
    BufferedImage image =
        new BufferedImage(width * PNG_SCALE, height * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.scale(PNG_SCALE, PNG_SCALE);
      prepare(g);
      painter.paint(g, (key, title, draw) -> draw.run());
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void prepare(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setFont(Fonts.regular(11f));
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory
          .newDocumentBuilder()
          .getDOMImplementation()
          .createDocument(SVG_NS, "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String serialise(Element root) {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(root), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Ids are "{name}-{kind}{n}": unique within a report that inlines many drawings, and stable run
   * to run.
   */
  private static final class PrefixedIds extends SVGIDGenerator {
    private final String name;
    private final Map<String, Integer> counters = new HashMap<>();

    PrefixedIds(String name) {
      this.name = name;
    }

    @Override
    public String generateID(String prefix) {
      int n = counters.merge(prefix, 1, Integer::sum);
      return name + "-" + prefix + n;
    }
  }
}
