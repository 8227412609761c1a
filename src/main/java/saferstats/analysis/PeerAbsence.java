package saferstats.analysis;

/** Why an area has no peer group in the report, in the words its matrix footnote gives. */
public final class PeerAbsence {
  public static final String NO_TABLES =
      "no peer group: peers are London's boroughs from the MPS borough tables (give the tables, or"
          + " add them with --compare, and --population covering the boroughs)";
  public static final String NO_POPULATION_CSPS =
      "no peer group: ranking the force's community safety partnerships by rate needs --population"
          + " covering them";
  public static final String NO_POPULATION =
      "no peer group: ranking London's boroughs by rate needs --population covering them";

  private PeerAbsence() {}

  /** The benchmark, or (when it is null) why there is none. */
  public record Or(BenchmarkReport peers, String absent) {}

  public static Or none(String why) {
    return new Or(null, why);
  }
}
