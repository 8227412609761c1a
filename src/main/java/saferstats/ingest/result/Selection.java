package saferstats.ingest.result;

import saferstats.area.LsoaNames;
import saferstats.model.PoliceRow;

/** Which police.uk rows become the analysed table; all others are only aggregated (SPEC 1.7). */
public sealed interface Selection {
  boolean selects(PoliceRow row);

  /** What the selection is called in output ("Harrow", "City of London Police"). */
  String name();

  /** Rows whose LSOA name is {@code name} plus an LSOA number ({@code --area}). */
  record Area(String name) implements Selection {
    @Override
    public boolean selects(PoliceRow row) {
      return !row.lsoaName().isEmpty() && LsoaNames.isIn(row.lsoaName(), name);
    }
  }

  /** Every row a force published, wherever it lies ({@code --force}). */
  record Force(String name) implements Selection {
    @Override
    public boolean selects(PoliceRow row) {
      return row.fallsWithin().equalsIgnoreCase(name);
    }
  }

  /** No rows (inspect without --area). */
  record None() implements Selection {
    @Override
    public boolean selects(PoliceRow row) {
      return false;
    }

    @Override
    public String name() {
      return "";
    }
  }
}
