package saferstats.area;

/** One peer as a {@code --peers} file names it, with its file and line for messages. */
public record PeerLine(String file, long line, String area) {
  /** "peers.csv, line 3", as every message names it. */
  public String where() {
    return file + ", line " + line;
  }
}
