package saferstats.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import saferstats.analysis.InspectReport;
import saferstats.model.Month;

/** {@code inspect} for people: aligned tables, or Markdown. */
final class InspectText {
  private InspectText() {}

  static String render(InspectReport r, TextLayout layout) {
    Text out = new Text(layout);
    out.title("Inspect — " + r.inputs().size() + " input files");
    out.heading("Files");
    out.table(files(r));
    InspectReport.Totals t = r.totals();
    out.para(
        "Totals: "
            + Fmt.count(t.read())
            + " rows read = "
            + Fmt.count(t.kept())
            + " kept + "
            + Fmt.count(t.rejected())
            + " rejected + "
            + Fmt.count(t.duplicates())
            + " duplicates; "
            + Fmt.count(t.sharedIds())
            + " kept rows share a Crime ID with a"
            + " different row; "
            + Fmt.count(t.noLocation())
            + " kept rows have no location"
            + (t.noPoint() > 0
                ? "; "
                    + Fmt.count(t.noPoint())
                    + " have an LSOA but no coordinates (they count in their area, not on grids)."
                : "."));
    out.heading("Forces (street files)");
    TextTable forces =
        new TextTable("Force", "First", "Last", "Months>", "Rows>", "Missing months");
    r.forces()
        .forEach(
            f ->
                forces.row(
                    f.force(),
                    f.first(),
                    f.last(),
                    f.months(),
                    Fmt.count(f.rows()),
                    f.missing().isEmpty() ? "none" : months(f.missing())));
    out.table(forces);
    out.heading("Areas present (local authorities, from LSOA names)");
    out.table(named("Area", "Rows", r.areas()));
    out.heading("Categories present");
    out.table(named("Category", "Rows", r.categories()));
    duplicates(out, r);
    mps(out, r.mps());
    records(out, r.records());
    lsoaChecks(out, r.lsoaChecks());
    rejections(out, r);
    out.list("Notes", r.notes());
    return out.toString();
  }

  private static TextTable files(InspectReport r) {
    // The column of rows with an LSOA but no point only when there are some: police.uk publishes
    // none, so it marks a file that was altered.
    boolean noPoint = r.totals().noPoint() > 0;
    List<String> headers =
        new ArrayList<>(
            List.of(
                "File",
                "Kind",
                "Force",
                "Month",
                "Read>",
                "Kept>",
                "Rejected>",
                "Duplicates>",
                "Shared IDs>",
                "No location>"));
    if (noPoint) {
      headers.add("LSOA, no point>");
    }
    headers.add("Cached");
    TextTable t = new TextTable(headers.toArray(String[]::new));
    for (InspectReport.Input i : r.inputs()) {
      InspectReport.Rows n = i.rows();
      String month =
          i.firstMonth() == null
              ? ""
              : i.firstMonth().equals(i.lastMonth())
                  ? i.firstMonth().toString()
                  : i.firstMonth() + " to " + i.lastMonth();
      List<Object> cells =
          new ArrayList<>(
              List.of(
                  i.path(),
                  i.used() ? i.kind() : i.kind() + " (not used)",
                  String.join(", ", i.forces()),
                  month,
                  Fmt.count(n.read()),
                  Fmt.count(n.kept()),
                  Fmt.count(n.rejected()),
                  Fmt.count(n.duplicates()),
                  Fmt.count(n.sharedIds()),
                  Fmt.count(n.noLocation())));
      if (noPoint) {
        cells.add(Fmt.count(n.noPoint()));
      }
      cells.add(i.fromCache() ? "yes" : "no");
      t.row(cells.toArray());
    }
    return t;
  }

  private static TextTable named(
      String what, String countLabel, List<InspectReport.NamedCount> counts) {
    TextTable t = new TextTable(what, countLabel + ">");
    counts.forEach(c -> t.row(c.name(), Fmt.count(c.rows())));
    return t;
  }

  private static void duplicates(Text out, InspectReport r) {
    if (r.duplicatePartitions().isEmpty()) {
      return;
    }
    out.heading("Partitions supplied twice (the later input is used)");
    TextTable t =
        new TextTable("Kind", "Reported by", "Month", "Replaced", "Used instead", "Identical");
    r.duplicatePartitions()
        .forEach(
            d ->
                t.row(
                    d.kind(),
                    d.reportedBy(),
                    d.month(),
                    d.replaced(),
                    d.usedInstead(),
                    d.identical() ? "yes" : "no"));
    out.table(t);
  }

  private static void records(Text out, InspectReport.Records x) {
    if (x == null) {
      return;
    }
    out.heading("Local record extracts");
    out.para(
        Fmt.count(x.rows())
            + " incidents, "
            + x.first()
            + " to "
            + x.last()
            + ": "
            + Fmt.count(x.withLsoa())
            + " with an LSOA code, "
            + Fmt.count(x.withPoint())
            + " with coordinates, "
            + Fmt.count(x.wardOnly())
            + " with only a ward, "
            + Fmt.count(x.noPlace())
            + " with no place (these count in trends, not on maps).");
    TextTable t = new TextTable("Category (case and spaces folded)", "Incidents>");
    x.categories().forEach(c -> t.row(c.name(), Fmt.count(c.rows())));
    out.table(t);
  }

  private static void mps(Text out, InspectReport.Mps m) {
    if (m == null) {
      return;
    }
    out.heading("MPS London Datastore tables");
    TextTable t = new TextTable("File", "Level", "Header generation>", "First", "Last", "Rows>");
    m.tables()
        .forEach(
            x ->
                t.row(
                    x.path(),
                    x.level(),
                    x.generation(),
                    x.firstMonth(),
                    x.lastMonth(),
                    Fmt.count(x.rows())));
    out.table(t);
    out.para(
        Fmt.count(m.overlappingCells())
            + " cells are published by more than one release; "
            + Fmt.count(m.revisedCells())
            + " of them differ between releases. Releases are ranked newest first (last month,"
            + " then first month); each comparison and series comes from one release where one"
            + " covers it. Pseudo-boroughs (not in London comparators): "
            + (m.pseudoBoroughs().isEmpty() ? "none" : String.join(", ", m.pseudoBoroughs()))
            + ".");
    TextTable runs = new TextTable("Area", "From", "To", "Release (newest covering)");
    m.sources()
        .forEach(
            a ->
                a.runs()
                    .forEach(
                        run ->
                            runs.row(
                                a.area(),
                                run.from(),
                                run.to(),
                                run.release() == null ? "none: missing months" : run.release())));
    out.heading("MPS releases by area and month");
    out.table(runs);
    if (m.unreadCells() > 0) {
      out.heading(
          "MPS cells not counted ("
              + Fmt.count(m.unreadCells())
              + "; each a missing month for its area and category; first 20 of each reason)");
      m.firstUnreadCells().forEach(out::para);
    }
    out.heading(
        "MPS boroughs ("
            + (m.tables().isEmpty() ? "" : m.tables().get(0).level())
            + " level, all months)");
    out.table(named("Borough", "Crimes", m.boroughs()));
    out.heading("MPS categories (Major/Minor, all months)");
    out.table(named("Category", "Crimes", m.categories()));
  }

  /** Per --lookup or --boundaries: how many rows carry a code it lacks, and which codes. */
  private static void lsoaChecks(Text out, List<InspectReport.LsoaCheck> checks) {
    for (InspectReport.LsoaCheck c : checks) {
      out.heading("LSOA codes not in the " + c.against());
      out.para(
          Fmt.count(c.unknownRows())
              + " of "
              + Fmt.count(c.rows())
              + " rows with an LSOA code carry one of "
              + Fmt.count(c.unknownCodes())
              + " codes that "
              + c.file()
              + " does not have"
              + (c.unknownCodes() > c.codes().size()
                  ? " (the " + c.codes().size() + " with most rows listed)."
                  : "."));
      if (!c.codes().isEmpty()) {
        TextTable t = new TextTable("Code", "Name", "Rows>");
        c.codes().forEach(x -> t.row(x.code(), x.name(), Fmt.count(x.rows())));
        out.table(t);
      }
    }
  }

  private static void rejections(Text out, InspectReport r) {
    if (r.inputs().stream().allMatch(i -> i.rejections().isEmpty())) {
      return;
    }
    out.heading("Rejected rows (first 20 of each reason per file)");
    TextTable t = new TextTable("File", "Line>", "Reason", "Detail");
    r.inputs()
        .forEach(
            i -> i.rejections().forEach(j -> t.row(i.path(), j.line(), j.reason(), j.detail())));
    out.table(t);
  }

  private static String months(List<Month> months) {
    return months.stream().map(Month::toString).collect(Collectors.joining(", "));
  }
}
