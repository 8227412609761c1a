package saferstats.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import saferstats.area.AreaLookup;
import saferstats.harm.HarmBasis;
import saferstats.load.AreaContext;
import saferstats.load.CompareInput;
import saferstats.load.LoadedArea;
import saferstats.load.SeriesSpan;
import saferstats.model.InputKind;
import saferstats.model.RecordRow;
import saferstats.priorities.ResolvedSet;

/** Wires the trends figures into a {@link TrendsReport}. */
public final class Trends {
  private Trends() {}

  /** Local record extracts reported beside the main source, or null. */
  public record Records(AreaContext area, ResolvedSet set, List<RecordRow> rows) {}

  /**
   * The trends of a loaded area read through {@code set}; records given beside it are read through
   * {@code besideSet} (null when there are none); {@code compare}, when given, is the comparator of
   * the main source's priorities. Source categories quiet in both 12-month windows are left out
   * unless {@code allCategories}. With {@code lookup} (else null) the area's rows whose LSOA code
   * it lacks are counted in a note. With {@code harmBasis} (else null) each priority carries its
   * harm (SPEC 4.8).
   */
  public static TrendsReport report(
      LoadedArea loaded,
      ResolvedSet set,
      ResolvedSet besideSet,
      AreaPopulation population,
      CompareInput compare,
      boolean allCategories,
      AreaLookup lookup,
      HarmBasis harmBasis) {
    AreaContext area = loaded.context();
    AreaHarm harm = harmBasis == null ? null : AreaHarm.of(harmBasis, loaded);
    Records records =
        loaded.beside().map(r -> new Records(r.context(), besideSet, r.rows())).orElse(null);
    // Outcomes are police.uk's alone, and local records carry notes of their own.
    Noted<OutcomeShares> outcomes =
        loaded
            .outcomes()
            .map(
                o ->
                    new Noted<>(
                        OutcomeShares.of(
                            o, loaded.inputs().selected(), loaded.inputs().selectedTally()),
                        set.notes()))
            .or(
                () ->
                    loaded
                        .ownRecords()
                        .map(r -> new Noted<OutcomeShares>(null, Notes.forRecords(r, area, set))))
            .orElseGet(() -> new Noted<>(null, set.notes()));
    Noted<List<PriorityTrend>> shown =
        QuietCategories.of(
            TrendsAnalysis.byPriority(
                area, set, population, loaded.kind(), outcomes.value(), compare, harm),
            set,
            allCategories);
    List<PriorityTrend> priorities = new ArrayList<>(shown.value());
    List<Unmeasurable> unmeasurable = new ArrayList<>(unmeasurable(set));
    List<String> besideNotes =
        records == null
            ? List.of()
            : Notes.forRecords(records.rows(), records.area(), records.set());
    if (records != null) {
      priorities.addAll(
          QuietCategories.of(
                  TrendsAnalysis.byPriority(
                      records.area(), records.set(), null, InputKind.RECORDS, null, null, harm),
                  records.set(),
                  allCategories)
              .value());
      unmeasurable.addAll(unmeasurable(records.set()));
      // A priority one source measures is not "unmeasurable" because the other cannot.
      Set<String> measured = new HashSet<>();
      priorities.forEach(p -> measured.add(p.name()));
      Set<String> listed = new HashSet<>();
      unmeasurable.removeIf(u -> measured.contains(u.name()) || !listed.add(u.name()));
    }
    return new TrendsReport(
        "trends",
        area.area(),
        area.force(),
        area.end(),
        set.name(),
        set.notAdditive() || (records != null && records.set().notAdditive()),
        Noted.join(
            Notes.forArea(loaded),
            Notes.unknownToLookup(area, lookup),
            population == null
                ? List.of()
                : population.notes(TrendsAnalysis.allCrimeCurrent12(area)),
            List.of(Statistics.note(area)),
            shown.notes(),
            compare == null ? List.of() : compare.notes(set, area.area()),
            outcomes.notes(),
            besideNotes,
            CautionNotes.of(priorities),
            harm == null || priorities.isEmpty() ? List.of() : harm.notes()),
        loaded.inputs().files().stream().map(InputSummary::of).toList(),
        priorities,
        unmeasurable,
        PositiveOutcomeFigures.of(
            set.priorities(),
            loaded.positiveOutcomes().orElse(null),
            area.counts(),
            area.windows().twelve().now(),
            area.windows().twelve().yearEarlier()),
        PriorityParts.of(
            set.priorities(),
            area.at(SeriesSpan.TWELVE).counts(),
            area.windows().twelve(),
            loaded.kind()));
  }

  static List<Unmeasurable> unmeasurable(ResolvedSet set) {
    return set.unmeasurable().stream().map(p -> new Unmeasurable(p.name(), p.needs())).toList();
  }
}
