package saferstats.ingest;

import java.util.List;

/** What one MPS table yielded: its layout and its rows. */
public record MpsFile(String name, MpsLayout layout, List<MpsRow> rows) {}
