package saferstats.draw;

import java.util.ArrayList;
import java.util.List;
import saferstats.analysis.Cautions;
import saferstats.analysis.ControlFigures;
import saferstats.analysis.MonthCount;
import saferstats.analysis.OutcomeFigures;
import saferstats.analysis.PriorityTrend;
import saferstats.model.InputKind;
import saferstats.model.Month;

/** Hand-made priorities for the chart tests: every figure chosen, none computed. */
final class ChartFixtures {
  static final Month FIRST = Month.of(2022, 1);
  static final Month MISSING_A = Month.of(2022, 11); // item 10
  static final Month MISSING_B = Month.of(2023, 9); // item 20
  static final Month SIGNAL = Month.of(2024, 11); // item 34

  private ChartFixtures() {}

  /**
   * 2022-01 to 2024-12: month i (0..35) has 40 + i % 5 crimes, except 2024-11 with 80 (beyond the
   * upper limit, rule 1) and 2022-11 and 2023-09 with no data.
   */
  static List<MonthCount> months() {
    List<MonthCount> months = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      Month m = FIRST.plus(i);
      Long n = m.equals(SIGNAL) ? Long.valueOf(80) : Long.valueOf(40 + i % 5);
      months.add(new MonthCount(m, m.equals(MISSING_A) || m.equals(MISSING_B) ? null : n));
    }
    return months;
  }

  static ControlFigures control() {
    return new ControlFigures(
        34,
        36,
        List.of(MISSING_A, MISSING_B),
        45.0,
        22.2,
        67.8,
        List.of(new ControlFigures.Signal(1, List.of(SIGNAL))),
        new ControlFigures.LatestSignal(SIGNAL, List.of(1)),
        List.of());
  }

  static PriorityTrend trend(List<MonthCount> months, ControlFigures control, List<String> flags) {
    return new PriorityTrend(
        "Burglary",
        InputKind.POLICE_UK,
        null,
        true,
        false,
        null,
        months,
        null,
        null,
        null,
        null,
        null,
        control,
        null,
        flags,
        new Cautions(List.of(), null, List.of(), List.of()),
        null,
        null,
        null);
  }

  static PriorityTrend trend() {
    return trend(months(), control(), List.of());
  }

  /**
   * 200 crimes, 160 with an outcome: 16 charged (10.0%), 96 no suspect (60.0%), 48 open (30.0%).
   */
  static OutcomeFigures outcomes() {
    return new OutcomeFigures(
        200,
        160,
        null,
        "street-last-outcome",
        List.of(
            new OutcomeFigures.Share("charge-summons", "Charge or summons", 16, 10.0),
            new OutcomeFigures.Share("no-suspect", "No suspect identified", 96, 60.0),
            new OutcomeFigures.Share("under-investigation", "Under investigation", 48, 30.0)));
  }
}
