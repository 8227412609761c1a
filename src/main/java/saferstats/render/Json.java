package saferstats.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import saferstats.analysis.Cautions;
import saferstats.analysis.CellStreets;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.stats.FunnelPlot;
import saferstats.stats.HotspotClass;
import saferstats.stats.Significance;
import saferstats.stats.TrendDirection;

/**
 * JSON straight from the result records (camelCase fields, nulls kept, months as YYYY-MM, the
 * results' enums as their words: "significant increase", "no trend", "persistent", "police-uk"),
 * with {@code schemaVersion} first. The same tree feeds the CSV flattening, so both carry one set
 * of figures under one set of names.
 */
public final class Json {
  /** Raised when a field is renamed, removed or changes meaning; docs/json.md says what changed. */
  public static final int SCHEMA_VERSION = 2;

  static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(module()).enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /**
   * Builds the mapper and its module, and the serializers of {@code reports} (Jackson makes them by
   * reflection, field by field, a third of writing a trends report on a warm run), for a thread
   * that wants them ready before the report.
   */
  public static void warm(Class<?>... reports) {
    tree(Map.of("warm-up", Month.of(2024, 1)));
    for (Class<?> report : reports) {
      MAPPER.canSerialize(report);
    }
  }

  public static String of(Object report) {
    try {
      return MAPPER.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + report.getClass(), e);
    }
  }

  /** The report as Jackson writes it, {@code schemaVersion} before its own fields. */
  static ObjectNode tree(Object report) {
    ObjectNode root = MAPPER.createObjectNode().put("schemaVersion", SCHEMA_VERSION);
    root.setAll((ObjectNode) MAPPER.valueToTree(report));
    return root;
  }

  // stats and model use no Jackson (STYLE), so their enums' words are registered here.
  private static SimpleModule module() {
    return new SimpleModule()
        .addSerializer(Month.class, ToStringSerializer.instance)
        .addSerializer(new WindowFiguresJson())
        .addSerializer(byId(Significance.class, Significance::id))
        .addSerializer(byId(TrendDirection.class, TrendDirection::id))
        .addSerializer(byId(HotspotClass.class, HotspotClass::id))
        .addSerializer(byId(CellStreets.From.class, CellStreets.From::id))
        .addSerializer(byId(InputKind.class, InputKind::id))
        .addSerializer(byId(Cautions.Direction.class, Cautions.Direction::id))
        .addSerializer(byId(Cautions.Effect.class, Cautions.Effect::id))
        .addSerializer(byId(FunnelPlot.Position.class, FunnelPlot.Position::toString));
  }

  private static <E> StdSerializer<E> byId(Class<E> type, Function<E, String> id) {
    return new StdSerializer<>(type) {
      @Override
      public void serialize(E value, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(id.apply(value));
      }
    };
  }
}
