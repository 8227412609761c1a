package saferstats.priorities;

import java.util.List;

/** A named list of priorities, from a preset or a user's file (SPEC 2). */
public record PrioritySet(String name, String source, List<Priority> priorities) {}
