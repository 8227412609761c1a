package saferstats.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import saferstats.model.Month;

/**
 * JSON straight from the result records (camelCase fields, nulls kept, months as YYYY-MM), with
 * {@code schemaVersion} first. The same tree feeds the CSV flattening, so both carry one set of
 * figures under one set of names.
 */
public final class Json {
  /** Raised when a field is renamed, removed or changes meaning; docs/json.md says what changed. */
  public static final int SCHEMA_VERSION = 1;

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(
              new SimpleModule().addSerializer(Month.class, ToStringSerializer.instance))
          .enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

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
}
