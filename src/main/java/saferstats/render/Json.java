package saferstats.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import saferstats.model.Month;

/** JSON straight from the result records (camelCase fields, nulls kept, months as YYYY-MM). */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(
              new SimpleModule().addSerializer(Month.class, ToStringSerializer.instance))
          .enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  public static String of(Object report) {
    try {
      return MAPPER.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + report.getClass(), e);
    }
  }
}
