package saferstats.analysis;

/** The top of the report: the key findings and the priority matrix they are read beside. */
public record Briefing(KeyFindings findings, PriorityMatrix matrix) {

  /**
   * @param peers the area among its peers, or why no peer group applies (an area from police.uk
   *     street files without MPS tables, or no population covering the peers)
   * @param comparatorWord how sentences name the comparator ("the force", "London")
   */
  public static Briefing of(Assessment a, PeerAbsence.Or peers, String comparatorWord) {
    PriorityMatrix matrix = PriorityMatrix.of(a, peers);
    return new Briefing(KeyFindings.of(a, matrix, peers.peers(), comparatorWord), matrix);
  }
}
