package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;

/**
 * A priority's harm over the current 12 months (SPEC 4.8): its crimes weighed by severity, and its
 * shares of the area's harm and of its crime. Every figure that cannot be given is null and {@code
 * reason} says why; none is a stand-in 0.
 *
 * @param weights the weights used: "ons-css" (ONS Crime Severity Score), or the --weights file
 * @param force the force whose offence mix brings the weights to categories, as the Home Office
 *     names it; null when the mix has no such force
 * @param year the financial year of the offence mix
 * @param averageWeight harm / crimes: the priority's average severity
 * @param harm crimes × average weight, summed over the priority's categories
 * @param harmShare the priority's harm / the area's harm (a fraction)
 * @param volumeShare the priority's crimes / the area's crimes (a fraction)
 * @param crimes the priority's crimes in the 12 months (anti-social behaviour is not counted)
 * @param categories each source category's crimes and average weight, or why it has none
 * @param flags known-break when the offence mix predates a counting change the window crosses
 * @param partial whether only part of the priority's crimes are weighted (a category of it has no
 *     weight, as the MPS dashboard's domestic abuse beside the tables' sexual offences): its harm,
 *     average and harm share are then of the weighted part alone
 * @param unweightedCrimes the priority's crimes in categories with no weight, when partial; null
 *     otherwise
 */
public record HarmFigures(
    String weights,
    String force,
    String year,
    Double averageWeight,
    Double harm,
    Double harmShare,
    Double volumeShare,
    Long crimes,
    Month from,
    Month to,
    List<CategoryHarm> categories,
    List<String> flags,
    String reason,
    boolean partial,
    Long unweightedCrimes) {

  /**
   * One source category of the priority: its crimes, its average weight and its harm; {@code
   * reason} says why a weight is absent, {@code note} how a weight was reached when not plainly.
   */
  public record CategoryHarm(
      String category,
      Long crimes,
      Double averageWeight,
      Double harm,
      String reason,
      String note) {}
}
