package saferstats.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;

/**
 * MPS major/minor category names as one canonical "Major/Minor" text: releases differ in case,
 * spacing and some wording (SPEC 1.4), so names are matched upper-cased with spaces collapsed and
 * known renames applied.
 */
public final class MpsCategories {
  private static final String DIR = "/saferstats/priorities/";

  private final Map<String, String> displayByKey = new LinkedHashMap<>();
  private final Map<String, String> majorByKey = new LinkedHashMap<>();
  private final Map<String, String[]> renames = new LinkedHashMap<>();

  private MpsCategories() {}

  /** The shipped list of categories seen in real releases, with their known renames. */
  public static MpsCategories shipped() {
    MpsCategories c = new MpsCategories();
    for (CSVRecord r : ResourceCsv.read(DIR + "mps-renames.csv")) {
      c.renames.put(
          key(r.get("major"), r.get("minor")),
          new String[] {r.get("canonicalMajor"), r.get("canonicalMinor")});
    }
    for (CSVRecord r : ResourceCsv.read(DIR + "mps-categories.csv")) {
      c.displayByKey.put(
          key(r.get("major"), r.get("minor")), r.get("major") + "/" + r.get("minor"));
      c.majorByKey.put(norm(r.get("major")), r.get("major"));
    }
    return c;
  }

  public static String norm(String s) {
    return Names.fold(s);
  }

  private static String key(String major, String minor) {
    return norm(major) + "/" + norm(minor);
  }

  /** The canonical "Major/Minor" text for a table's major and minor text. */
  public String canonical(String major, String minor) {
    String k = key(major, minor);
    String[] renamed = renames.get(k);
    if (renamed != null) {
      k = key(renamed[0], renamed[1]);
    }
    String known = displayByKey.get(k);
    if (known != null) {
      return known;
    }
    String m = majorByKey.getOrDefault(norm(major), major.strip().replaceAll("\\s+", " "));
    return m + "/" + minor.strip().replaceAll("\\s+", " ");
  }

  /** True for "Major/Minor" or "Major/*" naming a category seen in real releases. */
  public boolean isKnownPattern(String pattern) {
    int slash = pattern.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String major = pattern.substring(0, slash);
    String minor = pattern.substring(slash + 1);
    if (minor.strip().equals("*")) {
      return majorByKey.containsKey(norm(major));
    }
    String k = key(major, minor);
    return displayByKey.containsKey(k) || renames.containsKey(k);
  }

  /** Whether a canonical category falls under a mapping pattern ("Major/*" or "Major/Minor"). */
  public boolean matches(String pattern, String canonicalCategory) {
    int slash = pattern.indexOf('/');
    String major = pattern.substring(0, slash);
    String minor = pattern.substring(slash + 1);
    int cs = canonicalCategory.indexOf('/');
    if (minor.strip().equals("*")) {
      return norm(canonicalCategory.substring(0, cs)).equals(norm(major));
    }
    return norm(canonicalCategory).equals(norm(canonical(major, minor)));
  }

  public Set<String> all() {
    return new TreeSet<>(displayByKey.values());
  }
}
