package saferstats.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The MPS section of sample-data/README.md. */
final class MpsReadme {
  private final MpsTables.Summary mps;

  MpsReadme(MpsTables.Summary mps) {
    this.mps = mps;
  }

  void append(StringBuilder sb) {
    intro(sb);
    files(sb);
    overlap(sb);
    pseudo(sb);
    wards(sb);
    harrow(sb);
    split(sb);
  }

  private void intro(StringBuilder sb) {
    sb.append("## MPS London Datastore tables\n\n")
        .append("Counted from the same synthetic Met crimes as the police.uk street files: every")
        .append(" generated crime once (the extra rows of quirks d and e are not crimes), ASB left")
        .append(" out (it is not recorded crime). Each crime gets an MPS minor category drawn from")
        .append(" its own seeded stream (split below), so the MPS tables classify more finely than")
        .append(" police.uk and their counts are not police.uk's. ")
        .append(SampleLayout.MISSING)
        .append(", missing from the police.uk files, is present: the MPS tables are a different")
        .append(" publication. Borough names, ward codes and ward names are real (ONS lookup);")
        .append(" counts are synthetic. CRLF line ends, no BOM, plain `.csv`, as published; rows")
        .append(" sorted by area, then major and minor text.\n\n");
  }

  private void files(StringBuilder sb) {
    sb.append("| file | key columns | months | rows |\n|---|---|---|---|\n");
    String[] keys = {
      "`MajorText,MinorText,LookUp_BoroughName` (generation 2)",
      "`MajorText,MinorText,BoroughName` (generation 3)",
      "`MajorText,MinorText,WardName,WardCode,LookUp_BoroughName`"
    };
    String[] months = {
      MpsTables.GEN2_START + " .. " + MpsTables.GEN2_START.plusMonths(MpsTables.MONTHS - 1L),
      MpsTables.GEN3_START + " .. " + MpsTables.GEN3_START.plusMonths(MpsTables.MONTHS - 1L),
      MpsTables.GEN3_START + " .. " + MpsTables.GEN3_START.plusMonths(MpsTables.MONTHS - 1L)
    };
    int i = 0;
    for (Map.Entry<String, Integer> e : mps.rowsByFile().entrySet()) {
      sb.append("| `")
          .append(e.getKey())
          .append("` | ")
          .append(keys[i])
          .append(" | ")
          .append(months[i])
          .append(" | ")
          .append(e.getValue())
          .append(" |\n");
      i++;
    }
    sb.append("\n- Generation 2: Title Case, the wording and the 54 minor categories of the real")
        .append(" 2021-03..2023-02 release (`Domestic Burglary`, `Theft from a Motor Vehicle`, six")
        .append(" weapons minors, 23 miscellaneous minors; stalking and harassment inside")
        .append(" `Violence without Injury`). One row per borough and category, zeros included.\n")
        .append("- Generation 3: UPPER CASE and the 2025 wording (`THEFT FROM THE PERSON`,")
        .append(" `TRAFFICKING OF DRUGS`, `THEFT FROM A VEHICLE`, `THEFT OR UNAUTH TAKING OF A")
        .append(" MOTOR VEH`, `RACE OR RELIGIOUS AGG PUBLIC FEAR`, `BURGLARY - RESIDENTIAL` ...);")
        .append(" `STALKING AND HARASSMENT` is its own minor; weapons and miscellaneous crime are")
        .append(" one minor each (`POSSESSION OF WEAPONS`, `MISC CRIMES AGAINST SOCIETY`), as in")
        .append(" the real 2024-01..2025-12 release. 28 minors; one row per area and category,")
        .append(" zeros included.\n")
        .append("- Ward file: generation 3 categories; like the real ward files it has no row")
        .append(" that is zero in every month.\n\n");
  }

  private void overlap(StringBuilder sb) {
    sb.append("**Overlapping releases.** Both borough files hold ")
        .append(overlapMonths())
        .append(": ")
        .append(mps.overlapCells())
        .append(" borough x category x month cells whose category both releases name alike")
        .append(" (after case and `priorities/mps-renames.csv`). ")
        .append(mps.revisedCells())
        .append(" of the ")
        .append(mps.comparableCells())
        .append(" cells with the same definition in both (about 2%) were revised: the earlier")
        .append(" (generation 2) file holds a provisional count 1 to 3 away from the later one,")
        .append(" mostly lower. The generation 3 file holds the final counts (the same tally as")
        .append(" the ward file). A further ")
        .append(mps.redefinedCells())
        .append(" `Violence without Injury` cells differ because generation 3 counts stalking and")
        .append(" harassment separately, so letting the later file win changes ")
        .append(mps.revisedCells() + mps.redefinedCells())
        .append(" cells in all. Weapons and miscellaneous minors and `STALKING AND HARASSMENT`")
        .append(" are named in one release only and do not overlap.\n\n");
  }

  private void pseudo(StringBuilder sb) {
    sb.append("**Pseudo-boroughs.** The generation 3 borough file has `")
        .append(MpsTables.AIRPORTS)
        .append("` (one row per category, ")
        .append(mps.airportsTotal())
        .append(" crimes in 24 months, small invented counts not drawn from the sample crimes);")
        .append(" the generation 2 file has only Barnet, Brent and Harrow. The ward file starts")
        .append(" with an `")
        .append(MpsTables.AVIATION)
        .append("` block: ")
        .append(mps.heathrowRows())
        .append(" rows for ward `")
        .append(MpsTables.HEATHROW_WARD)
        .append("` (")
        .append(MpsTables.HEATHROW_CODE)
        .append("), about 80% of the airports' counts in those categories.\n\n");
  }

  private void wards(StringBuilder sb) {
    sb.append("**Ward tables do not add up to borough tables.** Wards count only crimes with a")
        .append(" location (the LSOA's ward in the ONS lookup); crimes published without one are")
        .append(" in the borough total only. ")
        .append(MpsTables.GEN3_START)
        .append(" .. ")
        .append(MpsTables.GEN3_START.plusMonths(MpsTables.MONTHS - 1L))
        .append(":\n\n| borough | borough file total | ward file total | gap (no location) |\n")
        .append("|---|---|---|---|\n");
    for (MpsTables.Gap g : mps.gaps()) {
      sb.append("| ")
          .append(g.borough())
          .append(" | ")
          .append(g.boroughTotal())
          .append(" | ")
          .append(g.wardTotal())
          .append(" | ")
          .append(g.unlocated())
          .append(String.format(Locale.ROOT, " (%.1f%%)", 100.0 * g.unlocated() / g.boroughTotal()))
          .append(" |\n");
    }
    sb.append("\nWard names that repeat across boroughs (key wards on the code): ");
    if (mps.repeatedWardNames().isEmpty()) {
      sb.append("none.\n\n");
    } else {
      boolean firstName = true;
      for (Map.Entry<String, List<String>> e : mps.repeatedWardNames().entrySet()) {
        sb.append(firstName ? "" : "; ")
            .append('`')
            .append(e.getKey())
            .append("` ")
            .append(String.join(", ", e.getValue()));
        firstName = false;
      }
      sb.append(".\n\n");
    }
  }

  private void harrow(StringBuilder sb) {
    sb.append("Harrow, generation 3 borough file, ")
        .append(SampleLayout.END.minusMonths(11))
        .append(" .. ")
        .append(SampleLayout.END)
        .append(", per major category:\n\n| major category | crimes |\n|---|---|\n");
    int total = 0;
    for (Map.Entry<String, Integer> e : mps.harrowLatestYear().entrySet()) {
      sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
      total += e.getValue();
    }
    sb.append("| total | ").append(total).append(" |\n\n");
  }

  private static void split(StringBuilder sb) {
    sb.append("MPS category of each police.uk crime type (share of that type):\n\n")
        .append(
            "| police.uk crime type | generation 3 major / minor | share | generation 2 minor |\n")
        .append("|---|---|---|---|\n");
    List<MpsCategory> all = List.of(MpsCategory.values());
    for (CrimeType t : CrimeType.values()) {
      List<MpsCategory> cats = all.stream().filter(c -> c.type() == t).toList();
      double sum = cats.stream().mapToDouble(MpsCategory::weight).sum();
      Map<MpsCategory.Label, List<MpsCategory>> groups = new LinkedHashMap<>();
      for (MpsCategory c : cats) {
        groups.computeIfAbsent(c.label(3), k -> new ArrayList<>()).add(c);
      }
      for (Map.Entry<MpsCategory.Label, List<MpsCategory>> g : groups.entrySet()) {
        List<MpsCategory> group = g.getValue();
        double share = group.stream().mapToDouble(MpsCategory::weight).sum() / sum;
        sb.append("| ")
            .append(t.label())
            .append(" | ")
            .append(g.getKey().major())
            .append(" / ")
            .append(g.getKey().minor())
            .append(" | ")
            .append(percent(100 * share))
            .append("% | ")
            .append(gen2Text(group, all, sum))
            .append(" |\n");
      }
    }
    sb.append("| Anti-social behaviour | not in the MPS crime tables | | |\n\n");
  }

  /** The generation 2 minor(s) of one generation 3 category, with shares if several. */
  private static String gen2Text(List<MpsCategory> group, List<MpsCategory> all, double sum) {
    if (group.size() > 1) {
      List<String> parts = new ArrayList<>();
      for (MpsCategory c : group) {
        parts.add(c.label(2).minor() + " " + percent(100 * c.weight() / sum) + "%");
      }
      return String.join("; ", parts);
    }
    MpsCategory c = group.get(0);
    String minor2 = c.label(2).minor();
    List<String> others =
        all.stream()
            .filter(o -> o != c && o.label(2).equals(c.label(2)))
            .map(o -> o.label(3).minor())
            .toList();
    String text = minor2.equalsIgnoreCase(c.label(3).minor()) ? "same" : minor2;
    return others.isEmpty() ? text : minor2 + " (also counts " + String.join(", ", others) + ")";
  }

  private static String percent(double p) {
    return p >= 1 ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p);
  }

  /** The months both borough files hold. */
  private static String overlapMonths() {
    java.time.YearMonth last = MpsTables.GEN2_START.plusMonths(MpsTables.MONTHS - 1L);
    long n = MpsTables.GEN3_START.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    return MpsTables.GEN3_START + " .. " + last + " (" + n + " months)";
  }
}
