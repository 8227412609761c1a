package saferstats.model;

/** A partition supplied by two inputs; the later one's rows were used (SPEC 1.3). */
public record DuplicatePartition(
    PartitionKey key, String replaced, String usedInstead, boolean identical) {}
