package saferstats.ingest.police;

import saferstats.ingest.csv.InputFile;

/**
 * How plain police.uk files are read in byte ranges: on {@code threads} threads, files of at least
 * {@code fileBytes}, ranges of about {@code rangeBytes}.
 */
public record RangeReading(int threads, long fileBytes, long rangeBytes) {
  /** Ranges of about 1 MB (some 4,000 police.uk rows), for files of 64 MB and more. */
  public static RangeReading on(int threads) {
    return new RangeReading(threads, 64L << 20, 1L << 20);
  }

  /** Every file on one thread. */
  public static final RangeReading NONE = new RangeReading(1, Long.MAX_VALUE, Long.MAX_VALUE);

  boolean applies(InputFile file) {
    return threads > 1 && file.plain() && file.size() >= fileBytes;
  }
}
