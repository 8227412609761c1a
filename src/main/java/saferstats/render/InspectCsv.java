package saferstats.render;

import saferstats.analysis.InspectReport;

/** {@code inspect} as tidy CSV: one row per section × name × figure. */
final class InspectCsv {
  private InspectCsv() {}

  static String render(InspectReport r) {
    Csv csv = new Csv("section", "name", "figure", "value");
    for (InspectReport.Input i : r.inputs()) {
      InspectReport.Rows n = i.rows();
      csv.row("input", i.path(), "kind", i.kind());
      csv.row("input", i.path(), "forces", String.join(";", i.forces()));
      csv.row("input", i.path(), "firstMonth", i.firstMonth());
      csv.row("input", i.path(), "lastMonth", i.lastMonth());
      csv.row("input", i.path(), "read", n.read());
      csv.row("input", i.path(), "kept", n.kept());
      csv.row("input", i.path(), "rejected", n.rejected());
      csv.row("input", i.path(), "duplicates", n.duplicates());
      csv.row("input", i.path(), "duplicateRows", n.duplicateRows());
      csv.row("input", i.path(), "superseded", n.superseded());
      csv.row("input", i.path(), "sharedIds", n.sharedIds());
      csv.row("input", i.path(), "noLocation", n.noLocation());
      i.rejections()
          .forEach(j -> csv.row("rejection", i.path() + ":" + j.line(), j.reason(), j.detail()));
    }
    InspectReport.Totals t = r.totals();
    csv.row("totals", "", "read", t.read());
    csv.row("totals", "", "kept", t.kept());
    csv.row("totals", "", "rejected", t.rejected());
    csv.row("totals", "", "duplicates", t.duplicates());
    csv.row("totals", "", "sharedIds", t.sharedIds());
    csv.row("totals", "", "noLocation", t.noLocation());
    for (InspectReport.Force f : r.forces()) {
      csv.row("force", f.force(), "first", f.first());
      csv.row("force", f.force(), "last", f.last());
      csv.row("force", f.force(), "months", f.months());
      csv.row("force", f.force(), "rows", f.rows());
      f.missing().forEach(m -> csv.row("force", f.force(), "missingMonth", m));
    }
    r.areas().forEach(a -> csv.row("area", a.name(), "rows", a.rows()));
    r.categories().forEach(c -> csv.row("category", c.name(), "rows", c.rows()));
    r.duplicatePartitions()
        .forEach(
            d -> {
              String name = d.kind() + " " + d.reportedBy() + " " + d.month();
              csv.row("duplicatePartition", name, "replaced", d.replaced());
              csv.row("duplicatePartition", name, "usedInstead", d.usedInstead());
              csv.row("duplicatePartition", name, "identical", d.identical());
            });
    if (r.records() != null) {
      InspectReport.Records x = r.records();
      csv.row("records", "", "rows", x.rows());
      csv.row("records", "", "firstMonth", x.first());
      csv.row("records", "", "lastMonth", x.last());
      csv.row("records", "", "withLsoa", x.withLsoa());
      csv.row("records", "", "withPoint", x.withPoint());
      csv.row("records", "", "wardOnly", x.wardOnly());
      csv.row("records", "", "noPlace", x.noPlace());
      x.categories().forEach(c -> csv.row("recordsCategory", c.name(), "count", c.rows()));
    }
    if (r.mps() != null) {
      InspectReport.Mps m = r.mps();
      m.tables()
          .forEach(
              x -> {
                csv.row("mpsTable", x.path(), "level", x.level());
                csv.row("mpsTable", x.path(), "generation", x.generation());
                csv.row("mpsTable", x.path(), "firstMonth", x.firstMonth());
                csv.row("mpsTable", x.path(), "lastMonth", x.lastMonth());
                csv.row("mpsTable", x.path(), "rows", x.rows());
              });
      csv.row("mps", "", "overlappingCells", m.overlappingCells());
      csv.row("mps", "", "revisedCells", m.revisedCells());
      csv.row("mps", "", "unreadCells", m.unreadCells());
      m.sources()
          .forEach(
              a ->
                  a.runs()
                      .forEach(
                          run ->
                              csv.row(
                                  "mpsSource",
                                  a.area() + " " + run.from() + ".." + run.to(),
                                  "release",
                                  run.release())));
      m.pseudoBoroughs().forEach(b -> csv.row("mps", b, "pseudoBorough", true));
      m.boroughs().forEach(b -> csv.row("mpsBorough", b.name(), "count", b.rows()));
      m.categories().forEach(c -> csv.row("mpsCategory", c.name(), "count", c.rows()));
    }
    return csv.toString();
  }
}
