package saferstats.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import saferstats.analysis.PairFigures;
import saferstats.analysis.WindowFigures;

/**
 * {@link WindowFigures} under its published flat names (docs/json.md): each comparison's two
 * windows by their own names, then its change prefixed by the comparison's ({@code quarterChange}),
 * the 12 months' unprefixed ({@code change}).
 */
final class WindowFiguresJson extends StdSerializer<WindowFigures> {
  WindowFiguresJson() {
    super(WindowFigures.class);
  }

  @Override
  public void serialize(WindowFigures w, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    pair(w.twelve(), "current12", "previous12", "change", g, p);
    pair(w.quarter(), "quarter", "quarterLastYear", "quarterChange", g, p);
    pair(w.fytd(), "fytd", "fytdLastYear", "fytdChange", g, p);
    p.defaultSerializeField("missing", w.missing(), g);
    g.writeEndObject();
  }

  private static void pair(
      PairFigures pair,
      String now,
      String yearEarlier,
      String change,
      JsonGenerator g,
      SerializerProvider p)
      throws IOException {
    p.defaultSerializeField(now, pair.now(), g);
    p.defaultSerializeField(yearEarlier, pair.yearEarlier(), g);
    p.defaultSerializeField(change, pair.change(), g);
    p.defaultSerializeField(change + "Pct", pair.changePct(), g);
  }
}
