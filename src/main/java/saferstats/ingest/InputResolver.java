package saferstats.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import saferstats.ingest.csv.ColumnMap;
import saferstats.ingest.csv.HeaderRecognizer;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.csv.LineFields;
import saferstats.ingest.csv.SheetChoice;
import saferstats.ingest.csv.WorkbookSheet;
import saferstats.model.SourceKind;
import saferstats.model.UserError;

/**
 * Turns command-line inputs (files, folders, globs, zips, gz files) into an ordered list of {@link
 * InputFile}s: inputs in the order given; inside a folder or zip, by path (SPEC 1.3).
 */
public final class InputResolver {
  /**
   * Path components compared one by one, so "police-uk" sorts before "police-uk-refresh", and a
   * browser's numbered copy after its original ({@link DownloadCopies}).
   */
  static final Comparator<Path> BY_PATH =
      (a, b) -> {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n; i++) {
          int c = DownloadCopies.compare(a.getName(i).toString(), b.getName(i).toString());
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
      };

  private final OsArtefacts artefacts = new OsArtefacts();
  private final List<String> notes = new ArrayList<>();

  /** Which sheets of a workbook to read; null: workbooks are not opened ({@link #origins}). */
  private final SheetChoice sheets;

  private InputResolver(SheetChoice sheets) {
    this.sheets = sheets;
  }

  /** The inputs {@code args} name, with what resolving them noted; no --sheet, no column map. */
  public static ResolvedInputs inputs(List<String> args) {
    return inputs(args, SheetChoice.NONE_GIVEN);
  }

  /** The inputs {@code args} name, each workbook read as {@code sheets} chooses. */
  public static ResolvedInputs inputs(List<String> args, SheetChoice sheets) {
    return resolver(args, sheets).resolved(args);
  }

  /**
   * The files on disk {@code args} name (a zip entry's archive, a workbook whatever its sheets),
   * without opening a workbook to choose its sheets: what an output must not replace.
   */
  public static List<Path> origins(List<String> args) {
    return resolver(args, null).resolved(args).files().stream()
        .map(InputFile::origin)
        .filter(p -> p != null)
        .distinct()
        .toList();
  }

  private static InputResolver resolver(List<String> args, SheetChoice sheets) {
    if (args == null || args.isEmpty()) {
      throw UserError.input(
          "no inputs given", "name the police.uk files, folders or zips to read, e.g. sample-data");
    }
    return new InputResolver(sheets);
  }

  private ResolvedInputs resolved(List<String> args) {
    List<InputFile> inputs = new ArrayList<>();
    for (String arg : args) {
      inputs.addAll(resolveOne(arg));
    }
    List<String> notes = new ArrayList<>(this.notes);
    notes.addAll(artefacts.notes());
    if (inputs.isEmpty()) {
      // Every other way to name nothing readable is refused where it is found.
      throw UserError.input(
          "nothing to read in "
              + String.join(" ", args)
              + ": only files that macOS, Windows or Excel leave beside downloads",
          "name the police.uk downloads themselves");
    }
    return new ResolvedInputs(inputs, notes);
  }

  /** The files of {@link #inputs}, for a caller that has no use for its notes. */
  public static List<InputFile> resolve(List<String> args) {
    return inputs(args).files();
  }

  /**
   * The column maps ({@code *.columns}) inside the input folders, or beside an input file: a local
   * record extract kept beside its map is read without {@code --columns}.
   */
  public static List<ColumnMap> columnMaps(List<String> args) {
    List<ColumnMap> maps = new ArrayList<>();
    for (String arg : args == null ? List.<String>of() : args) {
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        FolderWalk.files(path, new ArrayList<>()).stream()
            .filter(InputResolver::isColumnMap)
            .forEach(p -> maps.add(ColumnMap.read(p)));
      } else if (Files.isRegularFile(path) && path.toAbsolutePath().getParent() != null) {
        // A file given on its own: a map beside it counts too.
        try (Stream<Path> beside = Files.list(path.toAbsolutePath().getParent())) {
          beside
              .filter(InputResolver::isColumnMap)
              .sorted()
              .forEach(p -> maps.add(ColumnMap.read(p)));
        } catch (IOException e) {
          // No map to find: the header error will say how to give one.
        }
      }
    }
    return maps;
  }

  private static boolean isColumnMap(Path p) {
    return Files.isRegularFile(p) && p.getFileName().toString().endsWith(ColumnMap.SUFFIX);
  }

  private List<InputFile> resolveOne(String arg) {
    Path path = Path.of(arg);
    if (Files.isDirectory(path)) {
      return folder(path);
    }
    if (Files.isRegularFile(path)) {
      if (!Files.isReadable(path)) {
        throw UserError.input("cannot read " + arg, "check the file's permissions");
      }
      return file(path, arg);
    }
    if (isGlob(arg)) {
      return glob(arg);
    }
    throw UserError.input(
        "no such file or folder: " + arg,
        "check the path (inputs are files, folders, zips or globs)");
  }

  private static boolean isGlob(String arg) {
    return arg.contains("*") || arg.contains("?") || arg.contains("[");
  }

  private List<InputFile> glob(String arg) {
    // Walk from the longest leading part of the pattern that has no wildcard.
    Path pattern = Path.of(arg);
    Path base = pattern.isAbsolute() ? pattern.getRoot() : Path.of("");
    for (Path part : pattern) {
      if (isGlob(part.toString())) {
        break;
      }
      base = base.resolve(part);
    }
    String normalised = arg.startsWith("./") ? arg.substring(2) : arg;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalised);
    List<Path> matches = FolderWalk.files(base.toString().isEmpty() ? Path.of(".") : base, notes);
    List<InputFile> inputs = new ArrayList<>();
    for (Path p : matches) {
      Path rel = p.startsWith("./") || p.startsWith(".") ? Path.of(".").relativize(p) : p;
      if (matcher.matches(rel) || matcher.matches(p)) {
        inputs.addAll(file(p, p.toString()));
      } else if (isDataFile(p)
          && (inMatchingFolder(matcher, rel) || inMatchingFolder(matcher, p))) {
        inputs.addAll(file(p, p.toString()));
      }
    }
    if (inputs.isEmpty()) {
      throw UserError.input(
          "no file matches " + arg,
          "check the pattern, or quote it so the shell does not expand it");
    }
    return inputs;
  }

  /** A pattern naming folders ({@code downloads/2023-*}) takes the data files inside them. */
  private static boolean inMatchingFolder(PathMatcher matcher, Path p) {
    for (Path q = p.getParent(); q != null; q = q.getParent()) {
      if (matcher.matches(q)) {
        return true;
      }
    }
    return false;
  }

  private List<InputFile> folder(Path dir) {
    List<InputFile> inputs = new ArrayList<>();
    boolean data = false;
    for (Path p : FolderWalk.files(dir, notes)) {
      if (isDataFile(p)) {
        List<InputFile> read = file(p, p.toString());
        inputs.addAll(read);
        data |= !read.isEmpty();
      } else if (isReportFile(p)) {
        // Read only to be recognised and skipped with a note (a report written into the folder).
        inputs.addAll(file(p, p.toString()));
      }
    }
    if (!data) {
      throw UserError.input(
          "no CSV, .csv.gz or .zip files in folder " + dir,
          "point saferstats at the folder holding the police.uk downloads");
    }
    return inputs;
  }

  private static boolean isDataFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".csv") || n.endsWith(".csv.gz") || n.endsWith(".zip") || n.endsWith(".xlsx");
  }

  /**
   * Whether a file on disk is one saferstats wrote: a JSON or GeoJSON report, or a CSV figure table
   * (by its header). Reading recognises such a file and skips it, so writing over it loses no
   * input.
   */
  public static boolean isSaferstatsReport(Path p) {
    if (isReportFile(p)) {
      return true;
    }
    if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return false;
    }
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      String first = r.readLine();
      if (first == null) {
        return false;
      }
      LineFields.Split split = LineFields.split(first.replace("\uFEFF", ""));
      return split.fields() != null
          && HeaderRecognizer.recognise(List.of(split.fields()))
              .filter(k -> k == SourceKind.SAFERSTATS_REPORT)
              .isPresent();
    } catch (IOException e) {
      // Unreadable or not UTF-8: not a file saferstats wrote.
      return false;
    }
  }

  private static boolean isReportFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".geojson");
  }

  private List<InputFile> file(Path path, String name) {
    if (artefacts.skip(path.toString(), name)) {
      return List.of();
    }
    String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
    long size = size(path);
    if (lower.endsWith(".zip")) {
      return zip(path, name);
    }
    if (lower.endsWith(".xlsx")) {
      return workbook(path, name, size);
    }
    if (lower.endsWith(".gz")) {
      return List.of(
          new InputFile(
              name,
              size,
              p -> gunzip(new CountingStream(Files.newInputStream(path), p), name),
              path));
    }
    return List.of(
        new InputFile(
            name, size, p -> new CountingStream(Files.newInputStream(path), p), path, true));
  }

  /**
   * A workbook's chosen sheets, each read as its CSV text: every reader then takes it as it takes a
   * CSV. A sheet read by choice is named {@code book.xlsx!Sheet}, so that errors name it and the
   * parse cache keys each sheet of one file apart.
   */
  private List<InputFile> workbook(Path path, String name, long size) {
    if (sheets == null) {
      return List.of(sheet(path, name, size, name, null));
    }
    SheetChoice.Chosen chosen = sheets.of(name, WorkbookSheet.headers(path, name));
    chosen.note().ifPresent(notes::add);
    List<InputFile> inputs = new ArrayList<>();
    for (String sheet : chosen.sheets()) {
      String sheetName = chosen.named() ? name + "!" + sheet : name;
      // The progress bar counts the workbook's bytes once for each sheet read from it.
      inputs.add(sheet(path, sheetName, size, name, sheet));
    }
    return inputs;
  }

  private static InputFile sheet(
      Path path, String inputName, long size, String file, String sheet) {
    return new InputFile(
        inputName,
        size,
        p -> WorkbookSheet.asCsv(new CountingStream(Files.newInputStream(path), p), file, sheet),
        path);
  }

  private static InputStream gunzip(InputStream raw, String name) throws IOException {
    try {
      return new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16);
    } catch (IOException e) {
      raw.close();
      throw UserError.input(name + " is not a valid gzip file", "re-download it or decompress it");
    }
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

  private List<InputFile> zip(Path path, String name) {
    List<ZipEntry> entries = new ArrayList<>();
    try (ZipFile zf = new ZipFile(path.toFile())) {
      zf.stream().filter(e -> !e.isDirectory()).forEach(entries::add);
    } catch (IOException e) {
      throw UserError.input(name + " is not a readable zip archive", "re-download it");
    }
    entries.sort(Comparator.comparing(e -> Path.of(e.getName()), BY_PATH));
    List<InputFile> inputs = new ArrayList<>();
    for (ZipEntry entry : entries) {
      String entryName = name + "!" + entry.getName();
      if (artefacts.skip(entry.getName(), entryName)) {
        continue;
      }
      String lower = entry.getName().toLowerCase(Locale.ROOT);
      if (!lower.endsWith(".csv") && !lower.endsWith(".csv.gz")) {
        throw UserError.input(
            "zip entry " + entryName + " is not a CSV file",
            "remove it from the archive, or unzip it and pass only the CSV files");
      }
      boolean gz = lower.endsWith(".gz");
      inputs.add(
          new InputFile(
              entryName,
              Math.max(0, entry.getSize()),
              p -> openEntry(path, entry, gz, entryName, p),
              path));
    }
    if (inputs.isEmpty()) {
      throw UserError.input("zip archive " + name + " is empty", "check the download");
    }
    return inputs;
  }

  /** Reads the entry in place; closing the stream closes the archive. */
  private static InputStream openEntry(
      Path path, ZipEntry entry, boolean gz, String name, java.util.function.LongConsumer progress)
      throws IOException {
    ZipFile zf = new ZipFile(path.toFile());
    InputStream in =
        new java.io.FilterInputStream(zf.getInputStream(zf.getEntry(entry.getName()))) {
          @Override
          public void close() throws IOException {
            try {
              super.close();
            } finally {
              zf.close();
            }
          }
        };
    InputStream counted = new CountingStream(in, progress);
    return gz ? gunzip(counted, name) : counted;
  }
}
