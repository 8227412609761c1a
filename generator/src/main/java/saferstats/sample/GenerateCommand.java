package saferstats.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import saferstats.model.UserError;

/**
 * The project's seeded generator of sample and benchmark input: its own module and entry point, so
 * none of it ships in the product jar.
 */
@Command(
    name = "saferstats-generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Write synthetic inputs with the project's seeded generator: the committed sample-data/ (police.uk street and outcomes files for Harrow, Brent and Barnet, 36 months, every real quirk; MPS Datastore borough and ward tables of the same crimes; a council ASB case-system extract with its column map; a synthetic LSOA population table), or a force-sized benchmark input. The same seed always gives byte-identical files.%n",
    footer = {
      "",
      "Examples:",
      "  java -jar generator/target/saferstats-generator.jar --sample sample-data",
      "  java -jar generator/target/saferstats-generator.jar --bench /tmp/bench --months 36 --rows 100000",
      "  java -jar generator/target/saferstats-generator.jar --bench /tmp/big --months 36 --rows 300000 --area-share 0.0333"
    })
public final class GenerateCommand implements Callable<Integer> {
  /** Runs the generator; a failure is one line on stderr and an exit code, as in saferstats. */
  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new GenerateCommand());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof UserError u) {
            cmd.getErr().println(u.line());
            return u.exitCode();
          }
          throw e;
        });
    System.exit(cli.execute(args));
  }

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "What to write (one of):%n")
  Target target;

  static final class Target {
    @Option(names = "--sample", paramLabel = "DIR", description = "Write the sample data to DIR.")
    Path sample;

    @Option(
        names = "--bench",
        paramLabel = "DIR",
        description = "Write a force-sized benchmark input to DIR.")
    Path bench;
  }

  @Option(
      names = "--months",
      defaultValue = "36",
      description = "Benchmark months (default ${DEFAULT-VALUE}).")
  int months;

  @Option(
      names = "--rows",
      defaultValue = "100000",
      description = "Benchmark rows a month (default ${DEFAULT-VALUE}).")
  int rows;

  @Option(
      names = "--area-share",
      paramLabel = "FRACTION",
      description =
          "Benchmark only: the share of rows in Harrow, 0 to 1 (e.g. 0.0333 for a thirtieth; 0 for none), the rest spread over London by crime weight (default: Harrow's own weight, about 2%%).")
  Double areaShare;

  @Option(
      names = "--seed",
      description = "Random seed (default: 20240630 for the sample, 1 for the bench).")
  Long seed;

  @Override
  public Integer call() {
    try {
      if (target.sample != null) {
        long s = seed == null ? 20240630L : seed;
        SampleGenerator.writeSampleData(target.sample, s);
        SamplePopulation.write(target.sample, s);
      } else {
        if (areaShare != null && !(areaShare >= 0 && areaShare <= 1)) {
          throw UserError.usage(
              "--area-share " + areaShare + " is not a share of the rows",
              "give a fraction from 0 to 1, e.g. --area-share 0.0333 for a thirtieth");
        }
        SampleGenerator.writeBenchInput(
            target.bench, months, rows, seed == null ? 1L : seed, areaShare);
      }
      return 0;
    } catch (IOException | UncheckedIOException e) {
      throw new UserError(
          UserError.OUTPUT,
          "cannot write the generated files: " + e.getMessage(),
          "check the folder is writable",
          e);
    }
  }
}
