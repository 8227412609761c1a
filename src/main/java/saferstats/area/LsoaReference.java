package saferstats.area;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * LSOA codes a reference table has (every code of {@code --lookup} and {@code --boundaries} that
 * both have): while reading, each row's code is checked against them, and the rows of codes they
 * lack are tallied, so no input's every code has to be kept (SPEC 1.7).
 *
 * @param digest SHA-256 of the codes in order: the parse cache keys on it, not on the codes
 */
public record LsoaReference(Set<String> codes, String digest) {
  public static LsoaReference of(Collection<String> codes) {
    Set<String> sorted = new TreeSet<>(codes);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sorted.forEach(c -> sha.update((c + "\n").getBytes(StandardCharsets.UTF_8)));
      return new LsoaReference(Set.copyOf(sorted), HexFormat.of().formatHex(sha.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  public boolean has(String code) {
    return codes.contains(code);
  }

  /** The digest only: this goes into the parse cache's key, and a reference has ~35,000 codes. */
  @Override
  public String toString() {
    return "LsoaReference[" + digest + "]";
  }
}
