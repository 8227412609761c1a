package saferstats.priorities;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import saferstats.model.InputKind;
import saferstats.model.MpsCategories;
import saferstats.mps.DashboardNames;

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

  /**
   * The dashboard's groups and subgroups as published (the Other sheet, 2021-08..2025-07), folded
   * as {@link DashboardNames} compares them.
   */
  public static final Set<String> MPS_DASHBOARD =
      Set.of(
          "Domestic Abuse/Domestic Abuse",
          "Domestic Abuse/Domestic Abuse violence with injury",
          "Gun Crime/Gun Crime",
          "Gun Crime/Gun Crime Personal Robbery",
          "Gun Crime/Lethal Barrel Discharge",
          "Gun Crime Personal Robbery/Gun Crime Personal Robbery",
          "Lethal Barrel Discharge/Lethal Barrel Discharge",
          "Hate crime/Hate crime",
          "Hate crime/Racist and Religious Crime",
          "Hate crime/Racist Crime",
          "Hate crime/Faith Crime",
          "Hate crime/AntiSemitic",
          "Hate crime/Islamophobic Crime",
          "Hate crime/Homophobic Crime",
          "Hate crime/Transphobic Crime",
          "Hate crime/Disability Crime",
          "Knife Crime/Knife Crime",
          "Knife Crime/Knife Crime with Injury",
          "Knife Crime/Knife Crime with Injury (Personal Robbery)",
          "Knife Crime/Knife Injury Victims (1-24)",
          "Knife Crime/Knife Injury Victims (non DA 1-24)",
          "Miscalleneous/Robbery Mobile phone",
          "Miscalleneous/Theft Person - Mobile phone",
          "Miscalleneous/TNO Victim Based",
          "Miscalleneous/TNO Non Victim Based");

  private static final Set<String> MPS_DASHBOARD_KEYS =
      MPS_DASHBOARD.stream()
          .map(DashboardNames::keyOf)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final MpsCategories mps;

  public KnownCategories(MpsCategories mps) {
    this.mps = mps;
  }

  /** Whether a category is one of the dashboard's subgroups, as the area's counts name them. */
  public static boolean isDashboard(String category) {
    String key = DashboardNames.keyOf(category);
    return key != null && MPS_DASHBOARD_KEYS.contains(key);
  }

  public boolean isKnown(InputKind kind, String category) {
    return switch (kind) {
      case POLICE_UK -> policeUk(category);
      case MPS -> mps.isKnownPattern(category);
      case MPS_DASHBOARD -> MPS_DASHBOARD_KEYS.contains(DashboardNames.keyOf(category));
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
      case MPS_DASHBOARD -> "e.g. Hate crime/Hate crime, Knife Crime/Knife Injury Victims (1-24)";
      case HOME_OFFICE -> "an offence code such as 8N or a subgroup name";
      case RECORDS -> "any category text of the local extract";
    };
  }
}
