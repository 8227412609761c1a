package saferstats.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import saferstats.model.ForceCoverage;

/**
 * A police.uk force's community safety partnerships as peers: the local authorities (named by their
 * LSOAs, as {@code --area} selects rows) where this force holds most of the located street rows
 * among the forces in the inputs. Another force's few rows in an authority (City of London Police's
 * in Tower Hamlets, Islington and Camden) do not make it that force's partnership; such authorities
 * are kept aside with their shares, so a reader sees who was left out and why.
 */
public final class ForcePeers {
  private ForcePeers() {}

  /**
   * One partnership: every located street row in the authority (whichever force published it, as
   * {@code --area} counts them), read against the force's months.
   *
   * @param forceRows the rows this force published there, of {@code rows} in all forces' files
   */
  public record Member(String name, MonthlyCounts counts, long rows, long forceRows) {}

  /**
   * An authority where this force has rows but another holds most.
   *
   * @param holder the force with most of its rows
   */
  public record Left(String name, long forceRows, String holder, long holderRows, long rows) {}

  public record Group(String force, List<Member> members, List<Left> left) {}

  /** The force's partnerships in the inputs, read against {@code coverage} (the force's months). */
  public static Group of(Inputs inputs, String force, ForceCoverage coverage) {
    List<Member> members = new ArrayList<>();
    List<Left> left = new ArrayList<>();
    inputs
        .authorityForces()
        .forEach(
            (la, byForce) -> {
              long own = byForce.getOrDefault(force, 0L);
              if (own == 0) {
                return;
              }
              long rows = byForce.values().stream().mapToLong(Long::longValue).sum();
              Map.Entry<String, Long> rival =
                  byForce.entrySet().stream()
                      .filter(e -> !e.getKey().equals(force))
                      .max(Map.Entry.comparingByValue())
                      .orElse(null);
              // Most, not a tie: an authority split evenly is no force's partnership.
              if (rival == null || own > rival.getValue()) {
                members.add(
                    new Member(
                        la,
                        MonthlyCounts.byMonth(
                            inputs.authorities().getOrDefault(la, Map.of()), coverage),
                        rows,
                        own));
              } else {
                left.add(new Left(la, own, rival.getKey(), rival.getValue(), rows));
              }
            });
    return new Group(force, List.copyOf(members), List.copyOf(left));
  }
}
