package saferstats.ingest.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps the parse cache's entries under their bound: the least recently used go first (an entry's
 * modification time is its last use).
 */
final class CacheEviction {
  private final Path entries;
  private final long maxBytes;

  CacheEviction(Path entries, long maxBytes) {
    this.entries = entries;
    this.maxBytes = maxBytes;
  }

  private record Entry(Path path, long size, FileTime lastUse) {}

  /** Deletes the least recently used entries until the rest fit; returns how many went. */
  int evict() {
    List<Entry> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(entries)) {
      files
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .forEach(
              p -> {
                try {
                  BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                  all.add(new Entry(p, a.size(), a.lastModifiedTime()));
                } catch (IOException e) {
                  // Removed by another run meanwhile.
                }
              });
    } catch (IOException e) {
      return 0;
    }
    long total = all.stream().mapToLong(Entry::size).sum();
    all.sort(Comparator.comparing(Entry::lastUse));
    int removed = 0;
    for (Entry e : all) {
      if (total <= maxBytes) {
        break;
      }
      ParseCache.deleteQuietly(e.path());
      total -= e.size();
      removed++;
    }
    return removed;
  }
}
