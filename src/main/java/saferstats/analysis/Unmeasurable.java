package saferstats.analysis;

/** A priority the inputs cannot measure, and the input that would. */
public record Unmeasurable(String name, String needs) {}
