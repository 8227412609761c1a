package saferstats.mps;

import java.util.List;

/** What one MPS Monthly Crime Dashboard file yielded: its rows in file order. */
public record DashboardFile(String name, List<DashboardRow> rows) {}
