package saferstats.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** A JSON leaf as one CSV cell: numbers as plain decimals, null as an empty cell. */
final class Leaf {
  private Leaf() {}

  static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return "";
    }
    if (n.isFloatingPointNumber() && Double.isFinite(n.doubleValue())) {
      // Double.toString's shortest digits, never its exponent: 3.1E-22 is not a number to Excel.
      return BigDecimal.valueOf(n.doubleValue()).toPlainString();
    }
    if (n.isBigDecimal()) {
      return n.decimalValue().toPlainString();
    }
    return n.asText();
  }

  /** A key written inside a figure name; brackets keep a key with dots one segment. */
  static String segment(String key) {
    return key.contains(".") ? "[" + key + "]" : key;
  }
}
