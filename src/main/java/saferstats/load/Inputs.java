package saferstats.load;

import java.util.List;
import java.util.Map;
import saferstats.area.LsoaTally;
import saferstats.ingest.IngestResult;
import saferstats.model.DuplicatePartition;
import saferstats.model.FileLedger;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import saferstats.model.RecordRow;
import saferstats.model.RowTally;
import saferstats.mps.DashboardData;
import saferstats.mps.MpsData;

/**
 * What the inputs held as a whole, beside the area loaded from them: every file's ledger, duplicate
 * partitions, coverage and counts per force, the MPS tables, outcomes and local records. Analysis
 * reads what was read through this, never through ingest; see {@link IngestResult} for each part.
 */
public final class Inputs {
  private final IngestResult read;

  public Inputs(IngestResult read) {
    this.read = read;
  }

  public List<FileLedger> files() {
    return read.files();
  }

  public List<DuplicatePartition> duplicatePartitions() {
    return read.duplicatePartitions();
  }

  public Map<String, ForceCoverage> coverage() {
    return read.coverage();
  }

  public Map<String, Map<Month, Map<String, Long>>> counts() {
    return read.counts();
  }

  public Map<String, Long> localAuthorities() {
    return read.localAuthorities();
  }

  /** Located street rows by local authority, month and category. */
  public Map<String, Map<Month, Map<String, Long>>> authorities() {
    return read.authorities();
  }

  /** Located street rows by local authority and force. */
  public Map<String, Map<String, Long>> authorityForces() {
    return read.authorityForces();
  }

  public MpsData mps() {
    return read.mps();
  }

  /** The MPS Monthly Crime Dashboard rows, merged; empty when none was given. */
  public DashboardData dashboard() {
    return read.dashboard();
  }

  /** The police.uk street rows of the area (or force) asked for. */
  public List<PoliceRow> selected() {
    return read.selected();
  }

  /** Those rows counted by force and by category, month and last outcome. */
  public RowTally selectedTally() {
    return read.selectedTally();
  }

  public List<PoliceRow> outcomes() {
    return read.outcomes();
  }

  public List<RecordRow> records() {
    return read.records();
  }

  /** The street rows' LSOA codes checked against a reference; null when there was none. */
  public LsoaTally lsoaCheck() {
    return read.lsoaCheck();
  }

  public List<String> notes() {
    return read.notes();
  }
}
