package saferstats.analysis;

import saferstats.model.Month;

/** One month's count; null when the month has no data (never zero). */
public record MonthCount(Month month, Long count) {}
