package saferstats.ingest.result;

import saferstats.area.LsoaNames;
import saferstats.model.PoliceRow;

/** Which police.uk rows become the analysed table; all others are only aggregated (SPEC 1.7). */
public sealed interface Selection {
  /**
   * Whether a row of force {@code fallsWithin} in LSOA {@code lsoaName} is selected: these two
   * fields are all a selection reads, so a row is asked about before it is made.
   */
  boolean selects(String fallsWithin, String lsoaName);

  default boolean selects(PoliceRow row) {
    return selects(row.fallsWithin(), row.lsoaName());
  }

  /** What the selection is called in output ("Harrow", "City of London Police"). */
  String name();

  /** Rows whose LSOA name is {@code name} plus an LSOA number ({@code --area}). */
  record Area(String name) implements Selection {
    @Override
    public boolean selects(String fallsWithin, String lsoaName) {
      return !lsoaName.isEmpty() && LsoaNames.isIn(lsoaName, name);
    }
  }

  /** Every row a force published, wherever it lies ({@code --force}). */
  record Force(String name) implements Selection {
    @Override
    public boolean selects(String fallsWithin, String lsoaName) {
      return fallsWithin.equalsIgnoreCase(name);
    }
  }

  /** No rows (inspect without --area). */
  record None() implements Selection {
    @Override
    public boolean selects(String fallsWithin, String lsoaName) {
      return false;
    }

    @Override
    public String name() {
      return "";
    }
  }
}
