package saferstats.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import saferstats.ingest.result.Selection;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.mps.MpsData;

/**
 * A borough or ward loaded from MPS London Datastore tables, with its per-release spans.
 *
 * @param positive the MPS Monthly Crime Dashboard's positive outcomes for the area, by category;
 *     null without the dashboard
 */
public record MpsArea(
    Selection selection,
    AreaContext context,
    Optional<RecordsArea> beside,
    Inputs inputs,
    MonthlyCounts positive)
    implements LoadedArea {
  /** An area with no dashboard beside its tables. */
  public MpsArea(
      Selection selection, AreaContext context, Optional<RecordsArea> beside, Inputs inputs) {
    this(selection, context, beside, inputs, null);
  }

  @Override
  public Optional<MonthlyCounts> positiveOutcomes() {
    return Optional.ofNullable(positive);
  }

  @Override
  public InputKind kind() {
    return InputKind.MPS;
  }

  @Override
  public Optional<MpsData> mpsTables() {
    return Optional.of(inputs.mps());
  }

  /** The tables' categories, then the MPS Monthly Crime Dashboard's given beside them. */
  @Override
  public Map<InputKind, Set<String>> categoriesByKind() {
    Set<String> dashboard = new TreeSet<>(inputs.dashboard().categories().values());
    dashboard.retainAll(context.categories());
    Set<String> tables = new TreeSet<>(context.categories());
    tables.removeAll(dashboard);
    Map<InputKind, Set<String>> out = new LinkedHashMap<>();
    out.put(InputKind.MPS, tables);
    if (!dashboard.isEmpty()) {
      out.put(InputKind.MPS_DASHBOARD, dashboard);
    }
    return out;
  }

  /**
   * How the dashboard was merged, and which source ended first when the dashboard and the tables
   * end in different months (SPEC 1.4b).
   */
  @Override
  public List<String> sourceNotes() {
    if (categoriesByKind().size() < 2) {
      return List.of();
    }
    List<String> notes = new ArrayList<>(inputs.dashboard().notes());
    Month dashboard =
        inputs.dashboard().levels().stream()
            .map(l -> inputs.dashboard().months(l).last())
            .max(Month::compareTo)
            .orElseThrow();
    Month tables = context.coverage().last();
    if (!dashboard.equals(tables)) {
      boolean dashboardFirst = dashboard.isBefore(tables);
      Month first = dashboardFirst ? dashboard : tables;
      notes.add(
          (dashboardFirst ? "The MPS Monthly Crime Dashboard" : "The MPS tables")
              + " ended first: the dashboard runs to "
              + dashboard
              + ", the MPS tables to "
              + tables
              + ". Unless --end says otherwise, figures end at "
              + first
              + ", the latest month every source used covers; after it, "
              + (dashboardFirst ? "the dashboard's" : "the tables'")
              + " months are missing (null).");
    }
    return notes;
  }

  /** MPS categories are not police.uk's: without a set, each is reported as published. */
  @Override
  public String defaultPreset() {
    return "source";
  }

  @Override
  public String comparatorWord() {
    return "London";
  }
}
