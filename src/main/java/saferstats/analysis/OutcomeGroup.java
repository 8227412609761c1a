package saferstats.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.ResourceCsv;

/**
 * The groups outcome shares are reported in; which police.uk outcome text falls in which is read
 * from {@code outcome-groups.csv} in the jar. Text it does not list counts as {@link #OTHER}.
 */
public enum OutcomeGroup {
  CHARGE_SUMMONS("charge-summons", "Charge or summons"),
  OTHER_SANCTION("other-sanction", "Other sanction"),
  NO_SUSPECT("no-suspect", "No suspect identified"),
  UNABLE_TO_PROSECUTE("unable-to-prosecute", "Unable to prosecute"),
  UNDER_INVESTIGATION("under-investigation", "Under investigation"),
  OTHER("other", "Other");

  private static final Map<String, OutcomeGroup> BY_TEXT =
      ResourceCsv.read("/saferstats/outcomes/outcome-groups.csv").stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  (CSVRecord r) -> key(r.get("outcome")), r -> byId(r.get("group"))));

  private final String id;
  private final String label;

  OutcomeGroup(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** The group of an outcome text; blank text has none. */
  public static OutcomeGroup of(String outcome) {
    return BY_TEXT.getOrDefault(key(outcome), OTHER);
  }

  private static OutcomeGroup byId(String id) {
    return Arrays.stream(values())
        .filter(g -> g.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown outcome group " + id));
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
