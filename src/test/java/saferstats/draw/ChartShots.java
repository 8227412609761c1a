package saferstats.draw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import saferstats.analysis.Cautions;
import saferstats.analysis.ControlFigures;
import saferstats.analysis.MonthCount;
import saferstats.analysis.OutcomeFigures;
import saferstats.analysis.PriorityTrend;
import saferstats.model.InputKind;
import saferstats.model.Month;

/**
 * Draws every priority of a {@code trends --format json} file to PNG, to look at the charts on real
 * figures: {@code ChartShots trends.json OUTDIR}. Only the fields the charts read are rebuilt.
 */
final class ChartShots {
  private ChartShots() {}

  public static void main(String[] args) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Path out = Files.createDirectories(Path.of(args[1]));
    for (JsonNode p : root.get("priorities")) {
      if (!p.get("measurable").asBoolean()) {
        continue;
      }
      PriorityTrend t = trend(p);
      String stem = t.name().toLowerCase().replaceAll("[^a-z0-9]+", "-");
      write(out, PriorityCharts.trend(stem + "-trend", t));
      write(out, PriorityCharts.sparkline(stem + "-spark", t));
      write(out, PriorityCharts.outcomes(stem + "-outcomes", t.outcomes()));
    }
  }

  private static void write(Path out, Drawing d) throws IOException {
    if (d != null) {
      Files.write(out.resolve(d.name() + ".png"), d.png());
      Files.writeString(out.resolve(d.name() + ".svg"), d.svg());
    }
  }

  private static PriorityTrend trend(JsonNode p) {
    List<MonthCount> months = new ArrayList<>();
    for (JsonNode m : p.get("monthly")) {
      months.add(
          new MonthCount(
              month(m.get("month")), m.get("count").isNull() ? null : m.get("count").asLong()));
    }
    List<String> flags = new ArrayList<>();
    p.get("flags").forEach(f -> flags.add(f.asText()));
    return new PriorityTrend(
        p.get("name").asText(),
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
        control(p.get("control")),
        null,
        flags,
        cautions(p.get("cautions")),
        null,
        outcomes(p.get("outcomes")),
        null);
  }

  private static ControlFigures control(JsonNode c) {
    if (c == null || c.isNull()) {
      return null;
    }
    List<ControlFigures.Signal> signals = new ArrayList<>();
    for (JsonNode s : c.get("signals")) {
      signals.add(new ControlFigures.Signal(s.get("rule").asInt(), months(s.get("months"))));
    }
    return new ControlFigures(
        c.get("n").asInt(),
        c.get("of").asInt(),
        months(c.get("missing")),
        c.get("mean").asDouble(),
        c.get("lcl").asDouble(),
        c.get("ucl").asDouble(),
        signals,
        null,
        phases(c.get("phases")));
  }

  private static List<ControlFigures.Phase> phases(JsonNode phases) {
    List<ControlFigures.Phase> out = new ArrayList<>();
    if (phases != null) {
      for (JsonNode ph : phases) {
        out.add(
            new ControlFigures.Phase(
                Month.parse(ph.get("from").asText()).orElseThrow(),
                Month.parse(ph.get("to").asText()).orElseThrow(),
                ph.get("n").asInt(),
                ph.get("mean").asDouble(),
                ph.get("lcl").isNull() ? null : ph.get("lcl").asDouble(),
                ph.get("ucl").isNull() ? null : ph.get("ucl").asDouble(),
                ph.get("reason").asText()));
      }
    }
    return out;
  }

  private static Cautions cautions(JsonNode c) {
    if (c == null || c.isNull()) {
      return null;
    }
    List<Cautions.AbruptMonth> abrupt = new ArrayList<>();
    for (JsonNode a : c.get("abruptMonths")) {
      abrupt.add(
          new Cautions.AbruptMonth(
              month(a.get("month")),
              a.get("count").asLong(),
              a.get("usual").asDouble(),
              List.of()));
    }
    JsonNode s = c.get("step");
    Cautions.Step step =
        s == null || s.isNull()
            ? null
            : new Cautions.Step(
                month(s.get("from")),
                Cautions.Direction.valueOf(s.get("direction").asText().toUpperCase()));
    List<Cautions.KnownBreak> breaks = new ArrayList<>();
    for (JsonNode b : c.get("knownBreaks")) {
      breaks.add(
          new Cautions.KnownBreak(
              month(b.get("from")), month(b.get("to")), b.get("description").asText(), List.of()));
    }
    return new Cautions(abrupt, step, breaks, List.of());
  }

  private static OutcomeFigures outcomes(JsonNode o) {
    if (o == null || o.isNull()) {
      return null;
    }
    List<OutcomeFigures.Share> shares = new ArrayList<>();
    for (JsonNode s : o.get("shares")) {
      shares.add(
          new OutcomeFigures.Share(
              s.get("group").asText(),
              s.get("label").asText(),
              s.get("count").asLong(),
              s.get("pct").isNull() ? null : s.get("pct").asDouble()));
    }
    return new OutcomeFigures(
        o.get("crimes").asLong(),
        o.get("withOutcome").asLong(),
        null,
        o.get("source").asText(),
        shares);
  }

  private static List<Month> months(JsonNode list) {
    List<Month> months = new ArrayList<>();
    list.forEach(m -> months.add(month(m)));
    return months;
  }

  private static Month month(JsonNode m) {
    return Month.parse(m.asText()).orElseThrow();
  }
}
