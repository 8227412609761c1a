package saferstats.ingest;

import java.nio.file.Path;
import saferstats.geo.Boundaries;
import saferstats.model.UserError;

/** Reads LSOA boundaries for {@code --boundaries}. */
public final class BoundaryReader {
  private BoundaryReader() {}

  /** STUB until the boundaries reader lands: says so, as a usage error. */
  public static Boundaries read(Path file) {
    throw new UserError(
        UserError.USAGE,
        "--boundaries is not supported yet",
        "leave out --boundaries; the report is written without maps");
  }
}
