package saferstats.priorities;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.MpsCategories;
import saferstats.model.ResourceCsv;
import saferstats.model.UserError;

/** The priority sets shipped in the jar, and user files in the same format. */
public final class Presets {
  /** The preset built from the inputs: each source category as published. */
  public static final String SOURCE = "source";

  private static final String DIR = "/saferstats/priorities/";

  /** One shipped preset, as listed by {@code saferstats categories}. */
  public record Preset(String name, String source, String description) {}

  private final PrioritySetReader reader;

  public Presets(PrioritySetReader reader) {
    this.reader = reader;
  }

  public static Presets shipped() {
    return new Presets(new PrioritySetReader(new KnownCategories(MpsCategories.shipped())));
  }

  public static List<Preset> list() {
    return ResourceCsv.read(DIR + "presets.csv").stream()
        .map(r -> new Preset(r.get("name"), r.get("source"), r.get("description")))
        .toList();
  }

  public static Optional<Preset> find(String name) {
    return list().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  /** The preset's file as shipped, for {@code categories NAME}. */
  public static String text(String name) {
    try {
      return new String(
          ResourceCsv.open(DIR + name + ".csv").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A preset by name, or a user's file; empty for the {@code source} preset. */
  public Optional<PrioritySet> load(String nameOrFile) {
    Optional<Preset> preset = find(nameOrFile);
    if (preset.isPresent()) {
      Preset p = preset.get();
      if (p.name().equals(SOURCE)) {
        return Optional.empty();
      }
      try (Reader r =
          new InputStreamReader(
              ResourceCsv.open(DIR + p.name() + ".csv"), StandardCharsets.UTF_8)) {
        return Optional.of(reader.read(p.name(), p.source(), p.name() + ".csv", r));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.of(file(Path.of(nameOrFile)));
  }

  private PrioritySet file(Path path) {
    if (!Files.isRegularFile(path)) {
      throw UserError.input(
          "no preset or file named '" + path + "'",
          "use one of "
              + String.join(", ", list().stream().map(Preset::name).toList())
              + ", or a priority file");
    }
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return reader.read(path.getFileName().toString(), path.toString(), path.toString(), r);
    } catch (IOException e) {
      throw UserError.input("cannot read " + path + ": " + e.getMessage(), "check the file");
    }
  }

  static List<CSVRecord> records(String name) {
    return ResourceCsv.read(DIR + name + ".csv");
  }
}
