package saferstats.priorities;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.InputKind;
import saferstats.model.Names;
import saferstats.model.ResourceCsv;

/**
 * The one list of source categories recorded mostly through police activity (drugs, possession of
 * weapons; shipped in {@code priorities/police-activity.csv}): such a count follows stop and search
 * and operations as much as offending. A priority is cautioned when these categories hold more than
 * {@link #DOMINANT} of its crimes in the months its change compares (the rule, decided in issue 26:
 * a priority that merely holds some of them among others is read as the others').
 */
public final class PoliceActivity {
  /** The share of a priority's crimes above which its count follows police activity. */
  public static final double DOMINANT = 0.5;

  private static final String RESOURCE = "/saferstats/priorities/police-activity.csv";

  private record Entry(InputKind input, String major, String minor) {}

  private final List<Entry> entries;

  private PoliceActivity(List<Entry> entries) {
    this.entries = entries;
  }

  /** The shipped list. */
  public static PoliceActivity shipped() {
    return new PoliceActivity(
        ResourceCsv.read(RESOURCE).stream().map(PoliceActivity::entry).toList());
  }

  private static Entry entry(CSVRecord r) {
    InputKind input = InputKind.of(r.get("input").strip()).orElseThrow();
    String category = r.get("category").strip();
    int slash = category.indexOf('/');
    return slash < 0
        ? new Entry(input, category, null)
        : new Entry(input, category.substring(0, slash), category.substring(slash + 1));
  }

  /**
   * Those of {@code categories} (of input {@code kind}) recorded mostly through police activity.
   */
  public Set<String> of(InputKind kind, Collection<String> categories) {
    return categories.stream().filter(c -> recorded(kind, c)).collect(Collectors.toSet());
  }

  /** Whether {@code category}, a source category of input {@code kind}, is on the list. */
  public boolean recorded(InputKind kind, String category) {
    int slash = category.indexOf('/');
    String major = slash < 0 ? category : category.substring(0, slash);
    String minor = slash < 0 ? null : category.substring(slash + 1);
    return entries.stream()
        .filter(e -> e.input() == kind)
        .anyMatch(
            e ->
                Names.fold(e.major()).equals(Names.fold(major))
                    && (e.minor() == null
                        ? minor == null
                        : e.minor().equals("*")
                            ? minor != null
                            : minor != null && Names.fold(e.minor()).equals(Names.fold(minor))));
  }
}
