package saferstats.harm;

import java.util.Map;
import java.util.TreeMap;

/**
 * Severity weights per Home Office offence code: the ONS Crime Severity Score shipped in the jar,
 * or a user's file in the same shape ({@code --weights}, e.g. the Cambridge Crime Harm Index).
 *
 * @param name what the output calls the weights: {@value #ONS_CSS}, or the file as given
 * @param byCode weight by offence code; a code with no weight is absent, never 0
 */
public record SeverityWeights(String name, Map<String, Double> byCode) {
  /** The shipped weights' name in every output. */
  public static final String ONS_CSS = "ons-css";

  public SeverityWeights {
    byCode = java.util.Collections.unmodifiableMap(new TreeMap<>(byCode));
  }

  /** The code's weight, or null when these weights give it none. */
  public Double of(String code) {
    return byCode.get(code);
  }
}
