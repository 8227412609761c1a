package saferstats.priorities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.MpsCategories;
import saferstats.model.Names;
import saferstats.model.ResourceCsv;

/**
 * The explicit crosswalk between police.uk crime types and the MPS tables' categories (shipped as
 * {@code crosswalk-police-uk-mps.csv}): the only way a police.uk area's figures are set beside MPS
 * boroughs' category by category. A type with no MPS side (anti-social behaviour) cannot be
 * crosswalked, nor can a figure that needs it.
 */
public final class Crosswalk {
  static final String RESOURCE = "/saferstats/priorities/crosswalk-police-uk-mps.csv";

  /**
   * One pairing; an empty side has no counterpart.
   *
   * @param mps an MPS "Major/Minor" pattern, minor {@code *} for every minor of the major
   */
  public record Row(String policeUk, String mps, Match match, String note) {}

  private final List<Row> rows;
  private final MpsCategories mps;

  private Crosswalk(List<Row> rows, MpsCategories mps) {
    this.rows = rows;
    this.mps = mps;
  }

  public static Crosswalk shipped() {
    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : ResourceCsv.read(RESOURCE)) {
      String m = r.get("match");
      rows.add(
          new Row(
              r.get("police_uk"),
              r.get("mps"),
              m.equals("none") ? Match.UNMEASURABLE : Match.of(m).orElseThrow(),
              r.get("note")));
    }
    return new Crosswalk(List.copyOf(rows), MpsCategories.shipped());
  }

  public List<Row> rows() {
    return rows;
  }

  /**
   * The MPS categories of {@code present} that the police.uk types {@code policeUk} cross to, or
   * empty when any of the types has no MPS counterpart (the figure cannot be crosswalked).
   */
  public Optional<Set<String>> mps(Collection<String> policeUk, Collection<String> present) {
    Set<String> out = new LinkedHashSet<>();
    for (String type : policeUk) {
      List<Row> mine = of(type);
      if (mine.isEmpty() || mine.stream().anyMatch(r -> r.mps().isEmpty())) {
        return Optional.empty();
      }
      for (Row r : mine) {
        present.stream().filter(c -> mps.matches(r.mps(), c)).forEach(out::add);
      }
    }
    return Optional.of(out);
  }

  /** Whether any of the types crosses only approximately. */
  public boolean approximate(Collection<String> policeUk) {
    return policeUk.stream()
        .flatMap(t -> of(t).stream())
        .anyMatch(r -> r.match() == Match.APPROXIMATE);
  }

  /** The police.uk types among {@code policeUk} with no MPS counterpart, with why. */
  public List<Row> uncrossed(Collection<String> policeUk) {
    List<Row> out = new ArrayList<>();
    for (String type : policeUk) {
      List<Row> mine = of(type);
      if (mine.isEmpty()) {
        out.add(new Row(type, "", Match.UNMEASURABLE, "not in the crosswalk"));
      }
      mine.stream().filter(r -> r.mps().isEmpty()).forEach(out::add);
    }
    return out;
  }

  private List<Row> of(String type) {
    return rows.stream()
        .filter(r -> !r.policeUk().isEmpty() && Names.same(r.policeUk(), type))
        .toList();
  }
}
