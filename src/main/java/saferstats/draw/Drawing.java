package saferstats.draw;

import java.util.function.Supplier;

/**
 * A chart or map drawn by one painter, as SVG (inline in the report, or pasted into Word) and as
 * PNG. The PNG is painted only when asked for ({@code --charts}): the report itself inlines SVG.
 */
public final class Drawing {
  private final String name;
  private final int width;
  private final int height;
  private final String svg;
  private Supplier<byte[]> paintPng;
  private byte[] png;

  /**
   * @param name the file stem for {@code --charts} ("p3-trend"); also the prefix of every SVG id
   * @param width width in CSS pixels (the PNG has {@link Drawings#PNG_SCALE} times as many)
   * @param height height in CSS pixels
   * @param svg a whole SVG document, serialised from the DOM Batik's SVG generator built
   * @param paintPng paints the PNG, once, the first time {@link #png()} is asked
   */
  Drawing(String name, int width, int height, String svg, Supplier<byte[]> paintPng) {
    this.name = name;
    this.width = width;
    this.height = height;
    this.svg = svg;
    this.paintPng = paintPng;
  }

  public String name() {
    return name;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public String svg() {
    return svg;
  }

  /** PNG bytes, painted on first use from the same painter as the SVG. */
  public synchronized byte[] png() {
    if (png == null) {
      png = paintPng.get();
      paintPng = null;
    }
    return png;
  }
}
