package saferstats.priorities;

import saferstats.model.InputKind;

/**
 * One line of a priority set: a source category of one input kind counted towards a priority. For
 * an unmeasurable mapping the category is empty and the note names the input that would measure it.
 */
public record Mapping(InputKind input, String category, Match match, String note, int line) {}
