package saferstats.model;

/** The kinds of input file saferstats recognises by header. */
public enum SourceKind {
  POLICE_UK_STREET("police-uk-street", true),
  POLICE_UK_OUTCOMES("police-uk-outcomes", true),
  POLICE_UK_STOP_AND_SEARCH("police-uk-stop-and-search", false),
  MPS_TABLE("mps-table", true),
  /**
   * The MPS Monthly Crime Dashboard (domestic abuse, hate crime, knife crime), recognised by its
   * header in each published layout (SPEC 1.4b).
   */
  MPS_DASHBOARD("mps-dashboard", true),
  RECORDS("local-records", true),
  POPULATION_TABLE("population-table", false),
  LOOKUP_TABLE("lookup-table", false),
  /** LSOA boundaries (a code column and WKT geometry), for {@code report --boundaries}. */
  BOUNDARIES("boundaries-file", false),
  /** saferstats' own output (figure CSV, JSON, GeoJSON) left in an input folder: skipped. */
  SAFERSTATS_REPORT("saferstats-report", false),
  /**
   * A priority-set file (what {@code --categories FILE} reads) left in an input folder: skipped.
   */
  PRIORITY_SET("priority-set", false);

  private final String id;
  private final boolean used;

  SourceKind(String id, boolean used) {
    this.id = id;
    this.used = used;
  }

  /** The name used in output ("police-uk-street"). */
  public String id() {
    return id;
  }

  /** False for kinds that are recognised but not analysed (stop and search). */
  public boolean used() {
    return used;
  }

  @Override
  public String toString() {
    return id;
  }
}
