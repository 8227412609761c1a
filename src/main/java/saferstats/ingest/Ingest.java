package saferstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongConsumer;
import saferstats.area.LsoaTally;
import saferstats.ingest.cache.ParseCache;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.police.FileReader;
import saferstats.ingest.police.Futures;
import saferstats.ingest.police.RangeReading;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.LazyList;
import saferstats.ingest.result.Partition;
import saferstats.ingest.result.ReadOptions;
import saferstats.model.ForceNames;
import saferstats.model.Month;
import saferstats.model.MpsCategories;
import saferstats.model.PoliceRow;
import saferstats.model.RowTally;
import saferstats.model.SourceKind;
import saferstats.mps.DashboardData;
import saferstats.mps.MpsData;

/**
 * Reads the inputs (police.uk files and MPS tables): files are parsed in parallel, then merged in
 * the order given so that a later input's partition replaces an earlier one's (SPEC 1.3), or, when
 * the two share next to no crime, joins it as another part of the month ({@link LivePartitions}).
 */
public final class Ingest {
  /**
   * Heap a parse thread may need at once: a partition's duplicate tables (a 2.7-million-row month
   * takes about 80 MB) and its area rows. Threads beyond the heap's share would only trade GC time
   * for nothing on a many-core machine, so their number is bounded by it.
   */
  static final long HEAP_PER_THREAD = 96L << 20;

  private final ReadOptions options;
  private final int threads;
  private final ParseCache cache;

  public Ingest(ReadOptions options, int threads) {
    this(options, threads, null);
  }

  /** Reads through {@code cache} (null: parse every input). */
  public Ingest(ReadOptions options, int threads, ParseCache cache) {
    this.options = options;
    this.threads = Math.max(1, threads);
    this.cache = cache;
  }

  /** Parse threads for this many inputs: no more than the cores, the inputs or the heap allow. */
  static int parseThreads(int cores, int inputs, long maxHeap) {
    long byHeap = Math.max(1, maxHeap / HEAP_PER_THREAD);
    return (int) Math.max(1, Math.min(Math.min(cores, inputs), byHeap));
  }

  public IngestResult read(List<InputFile> inputs, LongConsumer progress) {
    return read(new ResolvedInputs(inputs, List.of()), progress);
  }

  /** Reads the inputs; the notes of resolving them come first among the result's notes. */
  public IngestResult read(ResolvedInputs inputs, LongConsumer progress) {
    List<ParseCache.Parsed> parsed = parseAll(inputs.files(), progress);
    List<FileResult> results = parsed.stream().map(ParseCache.Parsed::result).toList();
    ForceNames names = new ForceNames();
    results.stream()
        .flatMap(r -> r.partitions().stream())
        .forEach(p -> names.add(p.key().reportedBy(), p.kept()));
    LivePartitions live = new LivePartitions(names);
    results.forEach(r -> r.partitions().forEach(live::add));
    List<Partition> survivors = live.survivors();
    MpsData mps = MpsData.of(results.stream().map(FileResult::mps).filter(m -> m != null).toList());
    DashboardData dashboard =
        DashboardData.of(
            results.stream().map(FileResult::dashboard).filter(Objects::nonNull).toList());
    List<String> notes = new ArrayList<>(inputs.notes());
    notes.addAll(names.notes());
    notes.addAll(live.notes());
    Map<String, Map<Month, Map<String, Long>>> authorities = authorities(survivors);
    return new IngestResult(
        Ledgers.of(parsed, live::isLive, names),
        live.duplicates(),
        Coverage.of(survivors, names),
        byForce(survivors, Partition::counts, names),
        byForce(survivors, Partition::unlocated, names),
        localAuthorities(authorities),
        authorities,
        authorityForces(survivors, names),
        selected(survivors, SourceKind.POLICE_UK_STREET),
        selectedCounts(survivors),
        selectedTally(survivors),
        mps,
        selected(survivors, SourceKind.POLICE_UK_OUTCOMES),
        results.stream()
            .filter(r -> r.records() != null)
            .flatMap(r -> r.records().stream())
            .toList(),
        lsoaCheck(survivors),
        notes,
        dashboard);
  }

  private List<ParseCache.Parsed> parseAll(List<InputFile> inputs, LongConsumer progress) {
    long heap = Runtime.getRuntime().maxMemory();
    FileReader reader =
        new FileReader(
            options,
            MpsCategories.shipped(),
            RangeReading.on(parseThreads(threads, Integer.MAX_VALUE, heap)));
    ExecutorService pool = Executors.newFixedThreadPool(parseThreads(threads, inputs.size(), heap));
    try {
      List<Future<ParseCache.Parsed>> futures = new ArrayList<>();
      for (InputFile in : inputs) {
        futures.add(pool.submit(() -> parseOne(reader, in, progress)));
      }
      List<ParseCache.Parsed> results = new ArrayList<>();
      for (Future<ParseCache.Parsed> f : futures) {
        try {
          results.add(Futures.await(f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private ParseCache.Parsed parseOne(FileReader reader, InputFile in, LongConsumer progress) {
    if (cache == null) {
      return new ParseCache.Parsed(reader.read(in, progress), false);
    }
    return cache.read(in, options, file -> reader.read(file, progress));
  }

  private static boolean isStreet(Partition p) {
    return p.key().kind() == SourceKind.POLICE_UK_STREET;
  }

  /**
   * One per-force count of the street partitions (all rows, or those with no location), each force
   * under one spelling and found by any.
   */
  private static Map<String, Map<Month, Map<String, Long>>> byForce(
      List<Partition> survivors,
      Function<Partition, Map<String, Map<String, Long>>> of,
      ForceNames names) {
    Map<String, Map<Month, Map<String, Long>>> counts = new TreeMap<>(ForceNames.ORDER);
    for (Partition p : survivors) {
      if (!isStreet(p)) {
        continue;
      }
      of.apply(p)
          .forEach(
              (force, byCategory) -> {
                Map<String, Long> cell =
                    counts
                        .computeIfAbsent(names.display(force), f -> new TreeMap<>())
                        .computeIfAbsent(p.key().month(), m -> new TreeMap<>());
                byCategory.forEach((c, n) -> cell.merge(c, n, Long::sum));
              });
    }
    return counts;
  }

  /** Each local authority's located rows in all: its months' and categories' counts added up. */
  private static Map<String, Long> localAuthorities(
      Map<String, Map<Month, Map<String, Long>>> authorities) {
    Map<String, Long> las = new TreeMap<>();
    authorities.forEach(
        (la, months) ->
            months
                .values()
                .forEach(cells -> cells.values().forEach(n -> las.merge(la, n, Long::sum))));
    return las;
  }

  /** The street partitions' located rows by local authority, month and category. */
  private static Map<String, Map<Month, Map<String, Long>>> authorities(List<Partition> survivors) {
    Map<String, Map<Month, Map<String, Long>>> las = new TreeMap<>();
    survivors.stream()
        .filter(Ingest::isStreet)
        .forEach(
            p ->
                p.authorityCategories()
                    .forEach(
                        (la, cells) -> {
                          Map<String, Long> cell =
                              las.computeIfAbsent(la, a -> new TreeMap<>())
                                  .computeIfAbsent(p.key().month(), m -> new TreeMap<>());
                          cells.forEach((c, n) -> cell.merge(c, n, Long::sum));
                        }));
    return las;
  }

  /** The street partitions' located rows by local authority and force, each force spelled once. */
  private static Map<String, Map<String, Long>> authorityForces(
      List<Partition> survivors, ForceNames names) {
    Map<String, Map<String, Long>> las = new TreeMap<>();
    survivors.stream()
        .filter(Ingest::isStreet)
        .forEach(
            p ->
                p.authorityForces()
                    .forEach(
                        (la, forces) -> {
                          Map<String, Long> cell = las.computeIfAbsent(la, a -> new TreeMap<>());
                          forces.forEach((f, n) -> cell.merge(names.display(f), n, Long::sum));
                        }));
    return las;
  }

  /** The street partitions' LSOA checks added up; null when there was none. */
  private static LsoaTally lsoaCheck(List<Partition> survivors) {
    return survivors.stream()
        .filter(Ingest::isStreet)
        .map(Partition::lsoaCheck)
        .filter(Objects::nonNull)
        .reduce(LsoaTally::plus)
        .orElse(null);
  }

  /**
   * The selected street rows by category then month: as counting {@link #selected} rows would give
   * them, from the partitions' counts, so a rerun from the cache counts no row.
   */
  private static Map<String, Map<Month, Long>> selectedCounts(List<Partition> survivors) {
    Map<String, Map<Month, Long>> counts = new TreeMap<>();
    survivors.stream()
        .filter(Ingest::isStreet)
        .forEach(
            p ->
                p.selectedByCategory()
                    .forEach(
                        (category, n) ->
                            counts
                                .computeIfAbsent(category, c -> new TreeMap<>())
                                .merge(p.key().month(), n, Long::sum)));
    return counts;
  }

  /**
   * The selected rows of the partitions of {@code kind}, in month order; counted now, put together
   * (and decoded from the cache) only when a command reads them.
   */
  private static List<PoliceRow> selected(List<Partition> survivors, SourceKind kind) {
    List<Partition> parts =
        survivors.stream()
            .filter(p -> p.key().kind() == kind)
            .sorted(Comparator.comparing(p -> p.key().month()))
            .toList();
    return LazyList.of(
        parts.stream().mapToInt(p -> p.selected().size()).sum(),
        () -> parts.stream().flatMap(p -> p.selected().stream()).toList());
  }

  /** The selected street rows' tallies added up, which no row is decoded for. */
  private static RowTally selectedTally(List<Partition> survivors) {
    return RowTally.sum(survivors.stream().filter(Ingest::isStreet).map(Partition::tally).toList());
  }
}
