package saferstats.draw;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface every chart and map uses: DejaVu Sans, shipped in the jar, so drawing needs no
 * desktop fonts (a server JRE often has none) and looks the same on every machine.
 */
public final class Fonts {
  /** The family name SVG text carries; browsers without it fall back to their sans-serif. */
  public static final String FAMILY = "DejaVu Sans";

  private static final Font REGULAR = load("DejaVuSans.ttf");
  private static final Font BOLD = load("DejaVuSans-Bold.ttf");

  private Fonts() {}

  public static Font regular(float size) {
    return REGULAR.deriveFont(size);
  }

  public static Font bold(float size) {
    return BOLD.deriveFont(size);
  }

  private static Font load(String file) {
    try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the jar: " + file);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("font unreadable: " + file, e);
    }
  }
}
