package saferstats.ingest;

/** How inputs are read: which rows to keep in full, and how strictly. */
public record ReadOptions(Selection selection, boolean strict, boolean keepDuplicates) {}
