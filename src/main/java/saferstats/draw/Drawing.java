package saferstats.draw;

/**
 * A chart or map drawn once by one painter, as SVG (inline in the report, or pasted into Word) and
 * as PNG.
 *
 * @param name the file stem for {@code --charts} ("burglary-trend"); also the prefix of every SVG
 *     id
 * @param width width in CSS pixels (the PNG has {@link Drawings#PNG_SCALE} times as many)
 * @param height height in CSS pixels
 * @param svg a whole SVG document, serialised from the DOM Batik's SVG generator built
 * @param png PNG bytes
 */
public record Drawing(String name, int width, int height, String svg, byte[] png) {}
