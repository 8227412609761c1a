package saferstats.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The finer MPS classification of a police.uk crime: each value is one MPS minor category with its
 * share of its police.uk type and its wording in the two MPS header generations the sample writes.
 * Generation 2 (2019-2023 releases) uses the Title Case wording of the real 2021-03..2023-02 file,
 * with its 6 weapons and 23 miscellaneous minors; generation 3 (2025 releases) uses UPPER CASE, the
 * newer wording ({@code THEFT FROM THE PERSON}, {@code TRAFFICKING OF DRUGS} ...), splits {@code
 * STALKING AND HARASSMENT} out of violence without injury and folds weapons and miscellaneous crime
 * into one minor each, as the real 2024-01..2025-12 file does. Every label, after case folding and
 * the renames in {@code priorities/mps-renames.csv}, is in {@code priorities/mps-categories.csv}.
 */
enum MpsCategory {
  VIOLENCE_WITH_INJURY(
      CrimeType.VIOLENCE, 43, T.VAP, "Violence with Injury", "VIOLENCE WITH INJURY"),
  VIOLENCE_WITHOUT_INJURY(
      CrimeType.VIOLENCE, 30, T.VAP, "Violence without Injury", "VIOLENCE WITHOUT INJURY"),
  STALKING_HARASSMENT(
      CrimeType.VIOLENCE, 16.9, T.VAP, "Violence without Injury", "STALKING AND HARASSMENT"),
  HOMICIDE(CrimeType.VIOLENCE, 0.1, T.VAP, "Homicide", "HOMICIDE"),
  RAPE(CrimeType.VIOLENCE, 4, T.SEXUAL, "Rape", "RAPE"),
  OTHER_SEXUAL(CrimeType.VIOLENCE, 6, T.SEXUAL, "Other Sexual Offences", "OTHER SEXUAL OFFENCES"),
  BURGLARY_RESIDENTIAL(
      CrimeType.BURGLARY, 72, T.BURGLARY, "Domestic Burglary", "BURGLARY - RESIDENTIAL"),
  BURGLARY_BUSINESS(
      CrimeType.BURGLARY,
      28,
      T.BURGLARY,
      "Burglary Business and Community",
      "BURGLARY BUSINESS AND COMMUNITY"),
  THEFT_FROM_VEHICLE(
      CrimeType.VEHICLE, 58, T.VEHICLE, "Theft from a Motor Vehicle", "THEFT FROM A VEHICLE"),
  THEFT_OF_VEHICLE(
      CrimeType.VEHICLE,
      28,
      T.VEHICLE,
      "Theft or Taking of a Motor Vehicle",
      "THEFT OR UNAUTH TAKING OF A MOTOR VEH"),
  INTERFERING(
      CrimeType.VEHICLE,
      13,
      T.VEHICLE,
      "Interfering with a Motor Vehicle",
      "INTERFERING WITH A MOTOR VEHICLE"),
  AGGRAVATED_TAKING(
      CrimeType.VEHICLE, 1, T.VEHICLE, "Aggravated Vehicle Taking", "AGGRAVATED VEHICLE TAKING"),
  THEFT_FROM_PERSON(
      CrimeType.THEFT_PERSON, 1, T.THEFT, "Theft from Person", "THEFT FROM THE PERSON"),
  BICYCLE_THEFT(CrimeType.BICYCLE, 1, T.THEFT, "Bicycle Theft", "BICYCLE THEFT"),
  SHOPLIFTING(CrimeType.SHOPLIFTING, 1, T.THEFT, "Shoplifting", "SHOPLIFTING"),
  OTHER_THEFT(CrimeType.OTHER_THEFT, 1, T.THEFT, "Other Theft", "OTHER THEFT"),
  POSSESSION_OF_DRUGS(CrimeType.DRUGS, 75, T.DRUGS, "Possession of Drugs", "POSSESSION OF DRUGS"),
  DRUG_TRAFFICKING(CrimeType.DRUGS, 25, T.DRUGS, "Drug Trafficking", "TRAFFICKING OF DRUGS"),
  BLADE(CrimeType.WEAPONS, 55, T.WEAPONS, "Possession of Article with Blade or Point", T.WEAPONS3),
  OTHER_WEAPON(CrimeType.WEAPONS, 30, T.WEAPONS, "Possession of Other Weapon", T.WEAPONS3),
  FIREARMS(CrimeType.WEAPONS, 6, T.WEAPONS, "Possession of Firearms Offences", T.WEAPONS3),
  OTHER_FIREARM(CrimeType.WEAPONS, 5, T.WEAPONS, "Other Firearm Offences", T.WEAPONS3),
  FIREARM_INTENT(CrimeType.WEAPONS, 3, T.WEAPONS, "Possession of Firearm with Intent", T.WEAPONS3),
  OTHER_KNIFE(CrimeType.WEAPONS, 1, T.WEAPONS, "Other Knife Offences", T.WEAPONS3),
  PUBLIC_FEAR(
      CrimeType.PUBLIC_ORDER,
      68,
      T.PUBLIC_ORDER,
      "Public Fear Alarm or Distress",
      "PUBLIC FEAR ALARM OR DISTRESS"),
  RACIAL_PUBLIC_FEAR(
      CrimeType.PUBLIC_ORDER,
      18,
      T.PUBLIC_ORDER,
      "Racially or Religiously Aggravated Public Fear, Al",
      "RACE OR RELIGIOUS AGG PUBLIC FEAR"),
  OTHER_PUBLIC_ORDER(
      CrimeType.PUBLIC_ORDER,
      13.7,
      T.PUBLIC_ORDER,
      "Other Offences Against the State, or Public Order",
      "OTHER OFFENCES PUBLIC ORDER"),
  VIOLENT_DISORDER(
      CrimeType.PUBLIC_ORDER, 0.3, T.PUBLIC_ORDER, "Violent Disorder", "VIOLENT DISORDER"),
  ARSON(CrimeType.CRIMINAL_DAMAGE, 3, T.DAMAGE, "Arson", "ARSON"),
  CRIMINAL_DAMAGE(CrimeType.CRIMINAL_DAMAGE, 97, T.DAMAGE, "Criminal Damage", "CRIMINAL DAMAGE"),
  ROBBERY_PERSONAL(
      CrimeType.ROBBERY,
      85,
      T.ROBBERY,
      "Robbery of Personal Property",
      "ROBBERY OF PERSONAL PROPERTY"),
  ROBBERY_BUSINESS(
      CrimeType.ROBBERY,
      15,
      T.ROBBERY,
      "Robbery of Business Property",
      "ROBBERY OF BUSINESS PROPERTY"),
  OBSCENE(CrimeType.OTHER_CRIME, 25, T.MISC, "Obscene Publications", T.MISC3),
  THREAT_DAMAGE(
      CrimeType.OTHER_CRIME,
      20,
      T.MISC,
      "Threat or Possession With Intent to Commit Crimina",
      T.MISC3),
  OTHER_NOTIFIABLE(CrimeType.OTHER_CRIME, 10, T.MISC, "Other Notifiable Offences", T.MISC3),
  PERVERTING(CrimeType.OTHER_CRIME, 8, T.MISC, "Perverting Course of Justice", T.MISC3),
  HANDLING(CrimeType.OTHER_CRIME, 8, T.MISC, "Handling Stolen Goods", T.MISC3),
  GOING_EQUIPPED(CrimeType.OTHER_CRIME, 6, T.MISC, "Going Equipped for Stealing", T.MISC3),
  OTHER_FORGERY(CrimeType.OTHER_CRIME, 6, T.MISC, "Other Forgery", T.MISC3),
  DANGEROUS_DRIVING(CrimeType.OTHER_CRIME, 4, T.MISC, "Dangerous Driving", T.MISC3),
  DRIVER_RECORDS(
      CrimeType.OTHER_CRIME, 4, T.MISC, "Fraud or Forgery Associated with Driver Records", T.MISC3),
  PROCEEDS(
      CrimeType.OTHER_CRIME, 4, T.MISC, "Profitting From or Concealing Proceeds of Crime", T.MISC3),
  FALSE_DOCUMENTS(CrimeType.OTHER_CRIME, 3, T.MISC, "Possession of False Documents", T.MISC3),
  ARTICLES_FOR_FRAUD(
      CrimeType.OTHER_CRIME,
      3,
      T.MISC,
      "Making, Supplying or Possessing Articles for use i",
      T.MISC3),
  BAIL(CrimeType.OTHER_CRIME, 1, T.MISC, "Bail Offences", T.MISC3),
  DISCLOSURE(
      CrimeType.OTHER_CRIME,
      1,
      T.MISC,
      "Disclosure, Obstruction, False or Misleading State",
      T.MISC3),
  DRUG_PRESCRIPTION(
      CrimeType.OTHER_CRIME, 1, T.MISC, "Forgery or Use of Drug Prescription", T.MISC3),
  PERJURY(CrimeType.OTHER_CRIME, 0.5, T.MISC, "Perjury", T.MISC3),
  OFFENDER_MANAGEMENT(CrimeType.OTHER_CRIME, 0.5, T.MISC, "Offender Management Act", T.MISC3),
  EXPLOITATION(CrimeType.OTHER_CRIME, 0.5, T.MISC, "Exploitation of Prostitution", T.MISC3),
  SOLICITING(CrimeType.OTHER_CRIME, 0.5, T.MISC, "Soliciting for Prostitution", T.MISC3),
  BIGAMY(CrimeType.OTHER_CRIME, 0.3, T.MISC, "Bigamy", T.MISC3),
  WILDLIFE(CrimeType.OTHER_CRIME, 0.3, T.MISC, "Wildlife Crime", T.MISC3),
  ABSCONDING(CrimeType.OTHER_CRIME, 0.3, T.MISC, "Absconding from Lawful Custody", T.MISC3),
  AIDING_SUICIDE(CrimeType.OTHER_CRIME, 0.1, T.MISC, "Aiding Suicide", T.MISC3);

  /** Major categories (generation 2 wording; generation 3 is the same upper-cased). */
  private static final class T {
    static final String VAP = "Violence Against the Person";
    static final String SEXUAL = "Sexual Offences";
    static final String BURGLARY = "Burglary";
    static final String VEHICLE = "Vehicle Offences";
    static final String THEFT = "Theft";
    static final String DRUGS = "Drug Offences";
    static final String WEAPONS = "Possession of Weapons";
    static final String PUBLIC_ORDER = "Public Order Offences";
    static final String DAMAGE = "Arson and Criminal Damage";
    static final String ROBBERY = "Robbery";
    static final String MISC = "Miscellaneous Crimes Against Society";

    /** The single generation 3 minors of weapons and miscellaneous crime. */
    static final String WEAPONS3 = "POSSESSION OF WEAPONS";

    static final String MISC3 = "MISC CRIMES AGAINST SOCIETY";

    private T() {}
  }

  /** One row label of a table: major and minor text as written. */
  record Label(String major, String minor) implements Comparable<Label> {
    @Override
    public int compareTo(Label o) {
      int c = major.compareTo(o.major);
      return c != 0 ? c : minor.compareTo(o.minor);
    }
  }

  private final CrimeType type;
  private final double weight;
  private final Label gen2;
  private final Label gen3;

  MpsCategory(CrimeType type, double weight, String major, String minor2, String minor3) {
    this.type = type;
    this.weight = weight;
    this.gen2 = new Label(major, minor2);
    this.gen3 = new Label(major.toUpperCase(Locale.ROOT), minor3);
  }

  CrimeType type() {
    return type;
  }

  /** Relative weight among the minors of its police.uk type. */
  double weight() {
    return weight;
  }

  /**
   * True when both generations name this crime's category alike (after case and the known renames),
   * so a reader lines the two releases up on it. False for stalking and harassment (in violence
   * without injury before) and for weapons and miscellaneous crime, whose detailed minors became
   * one: those only exist in one generation.
   */
  boolean sharesName() {
    return this != STALKING_HARASSMENT
        && type != CrimeType.WEAPONS
        && type != CrimeType.OTHER_CRIME;
  }

  /** Label in the given header generation (2 or 3). */
  Label label(int generation) {
    return generation == 2 ? gen2 : gen3;
  }

  /** The MPS minors of each police.uk crime type and their cumulative weights, for drawing. */
  static final class Split {
    private final Map<CrimeType, MpsCategory[]> minors = new EnumMap<>(CrimeType.class);
    private final Map<CrimeType, double[]> cumulative = new EnumMap<>(CrimeType.class);

    Split() {
      for (CrimeType t : CrimeType.values()) {
        List<MpsCategory> list = new ArrayList<>();
        for (MpsCategory c : values()) {
          if (c.type == t) {
            list.add(c);
          }
        }
        double[] w = list.stream().mapToDouble(c -> c.weight).toArray();
        minors.put(t, list.toArray(new MpsCategory[0]));
        cumulative.put(t, Rng.cumulative(w));
      }
    }

    /** The MPS category of a crime of type {@code t}; null for ASB (not in the MPS tables). */
    MpsCategory draw(CrimeType t, Rng rng) {
      MpsCategory[] m = minors.get(t);
      if (m.length == 0) {
        return null;
      }
      return m.length == 1 ? m[0] : m[rng.pick(cumulative.get(t))];
    }
  }
}
