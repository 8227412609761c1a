package saferstats.analysis;

/** The exact conditional Poisson test of current12 against previous12 (SPEC 4.2). */
public record SignificanceFigures(String test, Double p, String label) {
  public static final String TEST = "exact-conditional-poisson";
}
