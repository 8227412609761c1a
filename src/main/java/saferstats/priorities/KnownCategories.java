package saferstats.priorities;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import saferstats.model.InputKind;
import saferstats.model.MpsCategories;

/** Which source categories exist for each input kind, to refuse misspelt mappings. */
public final class KnownCategories {
  /** The 14 current police.uk crime types. */
  public static final Set<String> POLICE_UK =
      Set.of(
          "Anti-social behaviour",
          "Bicycle theft",
          "Burglary",
          "Criminal damage and arson",
          "Drugs",
          "Other crime",
          "Other theft",
          "Possession of weapons",
          "Public order",
          "Robbery",
          "Shoplifting",
          "Theft from the person",
          "Vehicle crime",
          "Violence and sexual offences");

  /** police.uk types published until 2013-04, rolled into their successors. */
  public static final Set<String> POLICE_UK_LEGACY =
      Set.of("Violent crime", "Public disorder and weapons");

  /**
   * Home Office offence codes ("8N", "105A") or subgroup names are free text; codes are checked.
   */
  private static final Pattern HOME_OFFICE_CODE = Pattern.compile("\\d{1,3}[A-Z]{0,2}|[A-Za-z].*");

  private final MpsCategories mps;

  public KnownCategories(MpsCategories mps) {
    this.mps = mps;
  }

  public boolean isKnown(InputKind kind, String category) {
    return switch (kind) {
      case POLICE_UK -> policeUk(category);
      case MPS -> mps.isKnownPattern(category);
      case HOME_OFFICE -> HOME_OFFICE_CODE.matcher(category.strip()).matches();
      case RECORDS -> !category.isBlank();
    };
  }

  private static boolean policeUk(String category) {
    String c = category.strip().toLowerCase(Locale.ROOT);
    return POLICE_UK.stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(c))
        || POLICE_UK_LEGACY.stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(c));
  }

  /** Examples for an error message. */
  public String examples(InputKind kind) {
    return switch (kind) {
      case POLICE_UK -> String.join(", ", new TreeSet<>(POLICE_UK));
      case MPS -> "e.g. Robbery/*, Violence Against the Person/Violence with Injury";
      case HOME_OFFICE -> "an offence code such as 8N or a subgroup name";
      case RECORDS -> "any category text of the local extract";
    };
  }
}
