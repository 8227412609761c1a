import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The bench's yardstick: DuckDB's CSV reader doing the count saferstats does over the same files
 * (rows by force, month and crime type; and the area's rows). Run by bench/run.
 */
public class DuckDbCount {
  public static void main(String[] args) throws Exception {
    String glob = args[0];
    String area = args.length > 1 ? args[1] : null;
    String where = area == null ? "" : " WHERE \"LSOA name\" ILIKE '" + area.replace("'", "''") + " %'";
    String sql =
        "SELECT \"Falls within\", \"Month\", \"Crime type\", count(*) AS n FROM read_csv('" + glob
            + "', header = true, all_varchar = true)" + where + " GROUP BY ALL";
    long start = System.nanoTime();
    long rows = 0;
    long groups = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows += r.getLong("n");
        groups++;
      }
    }
    System.out.printf("duckdb: %d rows in %d groups, %.2f s%n", rows, groups, (System.nanoTime() - start) / 1e9);
  }
}
