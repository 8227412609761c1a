package saferstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.MpsCategories;
import saferstats.model.SourceKind;
import saferstats.model.UserError;

/** Reads one police.uk input in a single streaming pass into its partitions. */
final class FileReader {
  /** How many rejections of each reason are kept to show (SPEC 1.3: the first 20). */
  static final int SHOWN_PER_REASON = 20;

  private final ReadOptions options;
  private final MpsCategories categories;

  FileReader(ReadOptions options, MpsCategories categories) {
    this.options = options;
    this.categories = categories;
  }

  FileResult read(InputFile file, LongConsumer progress) {
    try (CsvInput csv = CsvInput.open(file, progress)) {
      if (!csv.kind().used()) {
        return new FileResult(file.name(), csv.kind(), 0, List.of(), Map.of(), List.of(), null);
      }
      if (csv.kind() == SourceKind.MPS_TABLE) {
        return new MpsReader(categories, options).read(csv);
      }
      return readRows(csv);
    } catch (IOException | UncheckedIOException e) {
      throw UserError.input(
          "cannot read " + file.name() + ": " + e.getMessage(),
          "check the file is a complete CSV download");
    } catch (IllegalStateException e) {
      // Commons CSV reports malformed quoting this way.
      throw UserError.input(
          file.name() + ": malformed CSV (" + e.getMessage() + ")",
          "check the file is a complete CSV download");
    }
  }

  private FileResult readRows(CsvInput csv) {
    String name = csv.file().name();
    SourceKind kind = csv.kind();
    RowParser parser = new RowParser(name, kind);
    Map<String, PartitionBuilder> partitions = new LinkedHashMap<>();
    Map<String, Long> rejectedByReason = new TreeMap<>();
    List<Rejection> shown = new ArrayList<>();
    long read = 0;
    Iterator<CSVRecord> records = csv.records();
    while (records.hasNext()) {
      CSVRecord record = records.next();
      read++;
      RowParser.Result result = parser.parse(record, record.getRecordNumber());
      if (result.rejection() != null) {
        reject(result.rejection(), rejectedByReason, shown);
        continue;
      }
      PoliceRow row = result.row();
      partitions
          .computeIfAbsent(
              row.reportedBy(),
              by -> new PartitionBuilder(new PartitionKey(kind, by, row.month()), name))
          .add(row, record, isSelected(kind, row), options.keepDuplicates());
    }
    List<Partition> built = partitions.values().stream().map(PartitionBuilder::build).toList();
    return new FileResult(name, kind, read, built, rejectedByReason, shown, null);
  }

  private boolean isSelected(SourceKind kind, PoliceRow row) {
    return kind == SourceKind.POLICE_UK_STREET && options.selection().selects(row);
  }

  private void reject(Rejection r, Map<String, Long> byReason, List<Rejection> shown) {
    if (options.strict()) {
      throw UserError.input(
          r.describe(), "fix or remove the row, or run without --strict to skip rejected rows");
    }
    long n = byReason.merge(r.reason(), 1L, Long::sum);
    if (n <= SHOWN_PER_REASON) {
      shown.add(r);
    }
  }
}
