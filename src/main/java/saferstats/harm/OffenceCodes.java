package saferstats.harm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.InputKind;
import saferstats.model.MpsCategories;
import saferstats.model.Names;
import saferstats.model.ResourceCsv;

/**
 * Which Home Office offence codes make up each source category, and which Home Office force a
 * police.uk force is: the shipped joins between the three sources' spellings (SPEC 4.8).
 */
public final class OffenceCodes {
  static final String DIR = "/saferstats/harm/";

  /** The police.uk crime type that is not crime, and has no weight. */
  public static final String ASB = "Anti-social behaviour";

  /** One category's offence codes, and a caveat of the mapping (or null). */
  public record Codes(List<String> codes, String note) {}

  /** Offence code → police.uk category (folded), in the order of the weights file. */
  private final Map<String, String> policeUkByCode;

  /** Folded canonical MPS "Major/Minor" → its codes. */
  private final Map<String, Codes> mpsByCategory;

  /** Folded police.uk force name → the Home Office's name. */
  private final Map<String, String> forces;

  OffenceCodes(
      Map<String, String> policeUkByCode,
      Map<String, Codes> mpsByCategory,
      Map<String, String> forces) {
    this.policeUkByCode = Collections.unmodifiableMap(new LinkedHashMap<>(policeUkByCode));
    this.mpsByCategory = Map.copyOf(mpsByCategory);
    this.forces = Map.copyOf(forces);
  }

  /** The joins shipped in the jar. */
  public static OffenceCodes shipped(List<CSVRecord> weightRows) {
    Map<String, String> policeUk = new LinkedHashMap<>();
    for (CSVRecord r : weightRows) {
      policeUk.put(r.get("code"), Names.fold(r.get("category")));
    }
    MpsCategories mps = MpsCategories.shipped();
    Map<String, Codes> byMps = new TreeMap<>();
    for (CSVRecord r : ResourceCsv.read(DIR + "mps-offence-codes.csv")) {
      String note = r.get("note").isBlank() ? null : r.get("note");
      byMps.put(
          Names.fold(mps.canonical(r.get("major"), r.get("minor"))),
          new Codes(Arrays.asList(r.get("codes").split(";")), note));
    }
    Map<String, String> forces = new TreeMap<>();
    for (CSVRecord r : ResourceCsv.read(DIR + "force-names.csv")) {
      forces.put(Names.fold(r.get("policeUk")), r.get("homeOffice"));
    }
    return new OffenceCodes(policeUk, byMps, forces);
  }

  /** Every offence code with a shipped weight: what a weights file may name. */
  public Set<String> all() {
    return policeUkByCode.keySet();
  }

  /** The Home Office's name of a force named the police.uk way (or already the Home Office way). */
  public String homeOfficeForce(String force) {
    return forces.getOrDefault(Names.fold(force), force);
  }

  /** Whether a category of this input kind is crime, so counts towards the area's crime. */
  public static boolean isCrime(InputKind kind, String category) {
    return switch (kind) {
      case POLICE_UK -> !Names.same(category, ASB);
      case MPS -> true;
      default -> false;
    };
  }

  /**
   * The offence codes of a category of this input kind, or empty when it has none one for one (a
   * legacy police.uk type, an MPS category of the old classification, fraud, local records).
   */
  public Optional<Codes> of(InputKind kind, String category) {
    return switch (kind) {
      case POLICE_UK -> policeUk(category);
      case MPS -> Optional.ofNullable(mpsByCategory.get(Names.fold(category)));
      default -> Optional.empty();
    };
  }

  private Optional<Codes> policeUk(String category) {
    String folded = Names.fold(category);
    List<String> codes = new ArrayList<>();
    policeUkByCode.forEach(
        (code, c) -> {
          if (c.equals(folded)) {
            codes.add(code);
          }
        });
    return codes.isEmpty() ? Optional.empty() : Optional.of(new Codes(codes, null));
  }
}
