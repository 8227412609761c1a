package saferstats.ingest.cache;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.ReadOptions;
import saferstats.model.Rejection;

/**
 * Each input's parsed result kept on disk, so a rerun does not parse an unchanged file again. An
 * entry is keyed by the file's content (XXH3, 128 bits), its name, the product version and every
 * {@link ReadOptions} field; a small index recognises an unchanged file by device, inode, size,
 * modification and change time without hashing it again. Entries are written to a temporary file
 * and renamed; a damaged entry is ignored and rebuilt; a cache that cannot be written is a warning.
 */
public final class ParseCache {
  /** The default bound on the entries' total size. */
  public static final long DEFAULT_MAX_BYTES = 2L << 30;

  /** A content hash's length in hex digits (XXH3, 128 bits). */
  private static final int CONTENT_HEX_DIGITS = 32;

  private static final String STAT_ATTRIBUTES = "unix:dev,ino,size,lastModifiedTime,ctime";

  private final Path entries;
  private final Path index;
  private final long maxBytes;
  private final String version;
  private final Consumer<String> warnings;
  private final CacheFolder folder;
  private boolean warned;

  /** One input's result and whether it came from the cache. */
  public record Parsed(FileResult result, boolean fromCache) {}

  /**
   * @param version the product version: a new release never reads an older one's entries
   * @param warnings hears, once, why the cache could not be used or written
   */
  public ParseCache(Path dir, long maxBytes, String version, Consumer<String> warnings) {
    this.entries = dir.resolve("entries");
    this.index = dir.resolve("index");
    this.maxBytes = maxBytes;
    this.version = version;
    this.warnings = warnings;
    this.folder = new CacheFolder(dir);
  }

  /** The input's result: from the cache when an intact entry matches, else parsed and stored. */
  public Parsed read(InputFile in, ReadOptions options, Function<InputFile, FileResult> parse) {
    if (in.origin() == null || !folder.usable(this::warn)) {
      return new Parsed(parse.apply(in), false);
    }
    String stat = stat(in);
    String content = stat == null ? null : indexed(stat);
    if (content == null) {
      content = hashAndIndex(in, stat);
    }
    Path entry = entries.resolve(sha256(entryKey(in, options, content)));
    FileResult cached = load(entry, options.today());
    if (cached != null) {
      return new Parsed(cached, true);
    }
    FileResult parsed = parse.apply(in);
    // A file changed while it was read has no single content to key it by.
    if (stat == null || stat.equals(stat(in))) {
      store(entry, parsed, options.today());
    }
    return new Parsed(parsed, false);
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /** Hashes the content and, if the file did not change meanwhile, remembers it by its stat. */
  private String hashAndIndex(InputFile in, String stat) {
    String content = contentHash(in);
    if (stat != null && stat.equals(stat(in))) {
      writeAtomically(index.resolve(sha256(stat)), out -> out.write(content.getBytes(UTF8)));
    }
    return content;
  }

  /**
   * Everything a parse depends on but the bytes and the day. The day is checked on load instead, so
   * that an entry outlives the day it was made when nothing in the file lay after it. The name
   * carries a workbook's sheet ({@code book.xlsx!Sheet}), so each sheet of one file is its own
   * entry, as is its content hash (of that sheet's text).
   */
  private String entryKey(InputFile in, ReadOptions options, String content) {
    ReadOptions dayless =
        new ReadOptions(
            options.selection(),
            options.strict(),
            options.keepDuplicates(),
            options.columnMaps(),
            null,
            options.lsoaCheck());
    return String.join("\0", version, dayless.toString(), in.name(), content);
  }

  /** (device, inode, size, modified, changed) of the input's file, or null where not available. */
  private static String stat(InputFile in) {
    try {
      Map<String, Object> a = Files.readAttributes(in.origin(), STAT_ATTRIBUTES);
      return String.join(
          "\0",
          in.name(),
          String.valueOf(a.get("dev")),
          String.valueOf(a.get("ino")),
          String.valueOf(a.get("size")),
          nanos(a.get("lastModifiedTime")),
          nanos(a.get("ctime")));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String nanos(Object time) {
    return String.valueOf(((FileTime) time).to(java.util.concurrent.TimeUnit.NANOSECONDS));
  }

  private String indexed(String stat) {
    Path p = index.resolve(sha256(stat));
    try {
      String hash = Files.readString(p, UTF8);
      return hash.length() == CONTENT_HEX_DIGITS ? hash : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The file's bytes hashed with XXH3 (128 bits, hash4j): three times SHA-256's speed here (0.28 s
   * against 0.85 s for the bench's 829 MB), and a cold run hashes every byte it parses. An
   * accidental collision of 128 bits is out of reach for any number of downloads; it is no defence
   * against two files crafted to collide, which a cache of one's own files does not need.
   */
  private static String contentHash(InputFile in) {
    HashStream128 digest = Hashing.xxh3_128().hashStream();
    try (InputStream bytes = in.open(n -> {})) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = bytes.read(buffer)) > 0) {
        digest.putBytes(buffer, 0, n);
      }
    } catch (IOException e) {
      // The parse will say what is wrong with the file; this key matches no entry.
      return "unreadable " + e.getMessage();
    }
    HashValue128 h = digest.get();
    return HexFormat.of().toHexDigits(h.getMostSignificantBits())
        + HexFormat.of().toHexDigits(h.getLeastSignificantBits());
  }

  /**
   * The entry's result, or null when there is none, it is damaged, or it was parsed on another day
   * and the day could have changed it: a later day only matters when a row lay after the first.
   */
  private FileResult load(Path entry, LocalDate today) {
    if (!Files.isRegularFile(entry)) {
      return null;
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(entry), 1 << 16))) {
      LocalDate parsedOn = LocalDate.ofEpochDay(in.readLong());
      FileResult result = FileResultCodec.read(in);
      if (!sameOutcome(result, parsedOn, today)) {
        return null;
      }
      touch(entry);
      return result;
    } catch (IOException e) {
      deleteQuietly(entry);
      return null;
    }
  }

  private static boolean sameOutcome(FileResult result, LocalDate parsedOn, LocalDate today) {
    if (parsedOn.equals(today)) {
      return true;
    }
    return parsedOn.isBefore(today)
        && !result.rejectedByReason().containsKey(Rejection.FUTURE_MONTH)
        && !result.rejectedByReason().containsKey(Rejection.FUTURE_DATE);
  }

  private void store(Path entry, FileResult result, LocalDate today) {
    boolean written =
        writeAtomically(
            entry,
            out -> {
              new DataOutputStream(out).writeLong(today.toEpochDay());
              FileResultCodec.write(result, out);
            });
    if (written) {
      new CacheEviction(entries, maxBytes).evict();
    }
  }

  /** Writes to a temporary file beside the target, then renames: a reader sees all or nothing. */
  private boolean writeAtomically(Path target, Writer writer) {
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), ".", ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        writer.write(out);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      if (tmp != null) {
        deleteQuietly(tmp);
      }
      warn("could not write to it (" + describe(e) + ")");
      return false;
    }
  }

  private static String describe(Exception e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private synchronized void warn(String why) {
    if (!warned) {
      warned = true;
      warnings.accept(
          "the parse cache at "
              + folder.dir()
              + " was not used in full: "
              + why
              + "; results are not affected. Give --cache DIR for another folder, or --no-cache.");
    }
  }

  private static void touch(Path entry) {
    try {
      Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // Last use only orders eviction.
    }
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Another run may hold or have removed it.
    }
  }

  static String sha256(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(UTF8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @FunctionalInterface
  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** The cache folder, created for its user alone (0700), checked once. */
  static final class CacheFolder {
    private final Path dir;
    private Boolean usable;

    CacheFolder(Path dir) {
      this.dir = dir;
    }

    Path dir() {
      return dir;
    }

    synchronized boolean usable(Consumer<String> warn) {
      if (usable == null) {
        usable = create(warn);
      }
      return usable;
    }

    private boolean create(Consumer<String> warn) {
      try {
        if (!Files.isDirectory(dir)) {
          try {
            Files.createDirectories(
                dir,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
          } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
          }
        }
        String owner = Files.getOwner(dir).getName();
        if (!owner.equals(System.getProperty("user.name"))) {
          warn.accept("it belongs to " + owner);
          return false;
        }
        return true;
      } catch (IOException | UnsupportedOperationException e) {
        warn.accept("it cannot be created (" + describe(e) + ")");
        return false;
      }
    }
  }
}
