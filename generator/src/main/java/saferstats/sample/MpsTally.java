package saferstats.sample;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the sample's Met crimes the way the MPS London Datastore tables do: by borough (every
 * crime, located or not) and by ward (only crimes with a location), per MPS minor category and
 * month. Each crime's minor is drawn from its own seeded stream per month, so the police.uk files
 * never change and the split is stable. ASB is not recorded crime and is left out; so are the
 * repeated and differing rows the police.uk files carry as quirks (they are not extra crimes).
 */
final class MpsTally {
  /** A ward of one of the sample boroughs, as in the ONS lookup. */
  record Ward(String code, String name, String boroughName) {}

  private static final MpsCategory[] CATEGORIES = MpsCategory.values();

  private final long seed;
  private final List<String> boroughCodes;
  private final List<String> boroughNames;
  private final Map<String, Ward> wards = new TreeMap<>();
  private final MpsCategory.Split split = new MpsCategory.Split();
  private final int[][][] byBorough;
  private final Map<String, int[][]> byWard = new TreeMap<>();
  private final int[][] unlocated;

  /** Tallies the three sample boroughs ({@code codes}, any order) from the London lookup. */
  MpsTally(long seed, List<Lsoa> london, List<String> codes) {
    this.seed = seed;
    this.boroughCodes = List.copyOf(codes);
    List<String> names = new ArrayList<>();
    for (String code : codes) {
      List<Lsoa> lsoas = LsoaTable.inBorough(london, code);
      names.add(lsoas.get(0).ladName());
      for (Lsoa l : lsoas) {
        wards.putIfAbsent(l.wardCode(), new Ward(l.wardCode(), l.wardName(), l.ladName()));
      }
    }
    this.boroughNames = List.copyOf(names);
    this.byBorough = new int[codes.size()][CATEGORIES.length][SampleLayout.MONTHS];
    this.unlocated = new int[codes.size()][SampleLayout.MONTHS];
  }

  /** Adds one month's Met crimes, as generated (before any row-level quirk is added). */
  void add(YearMonth m, List<Incident> crimes) {
    int month = monthIndex(m);
    Rng rng = Rng.derive(seed, "mps-" + m);
    for (Incident inc : crimes) {
      MpsCategory cat = split.draw(inc.type(), rng);
      if (cat == null) {
        continue;
      }
      int b = boroughCodes.indexOf(inc.ladCode());
      if (b < 0) {
        throw new IllegalArgumentException("not a sample borough: " + inc.ladCode());
      }
      byBorough[b][cat.ordinal()][month]++;
      if (inc.place() == null) {
        unlocated[b][month]++;
      } else {
        String ward = inc.place().lsoa().wardCode();
        byWard
            .computeIfAbsent(ward, k -> new int[CATEGORIES.length][SampleLayout.MONTHS])[
            cat.ordinal()][month]++;
      }
    }
  }

  static int monthIndex(YearMonth m) {
    return (int) SampleLayout.START.until(m, ChronoUnit.MONTHS);
  }

  List<String> boroughNames() {
    return boroughNames;
  }

  /** Crimes of borough {@code b} (index into {@link #boroughNames}) in a category and month. */
  int borough(int b, MpsCategory cat, int month) {
    return byBorough[b][cat.ordinal()][month];
  }

  /** Crimes of borough {@code b} in {@code month} published without a location. */
  int unlocated(int b, int month) {
    return unlocated[b][month];
  }

  /** Every ward of the sample boroughs, by code. */
  List<Ward> wards() {
    return List.copyOf(wards.values());
  }

  /** Located crimes of a ward in a category and month. */
  int ward(String wardCode, MpsCategory cat, int month) {
    int[][] counts = byWard.get(wardCode);
    return counts == null ? 0 : counts[cat.ordinal()][month];
  }
}
