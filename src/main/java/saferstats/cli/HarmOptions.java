package saferstats.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import saferstats.harm.HarmBasis;
import saferstats.ingest.support.HarmWeightsReader;

/** {@code --weights}: the severity weights harm is weighed by (SPEC 4.8). */
public final class HarmOptions {
  @Option(
      names = "--weights",
      paramLabel = "FILE",
      description =
          "Severity weights per Home Office offence code, CSV code,weight (or code,days, as a crime"
              + " harm index such as Cambridge's gives them), replacing the ONS Crime Severity"
              + " Score shipped in the jar. Categories are weighted by the area's force's 2019/20"
              + " offence mix either way.")
  Path weights;

  /** The weights file, for the check that no output replaces it. */
  OutputClashes readBy(OutputClashes clashes) {
    return clashes.file("--weights", weights);
  }

  /** The shipped weights and offence mix, with the --weights file's weights when given. */
  HarmBasis basis() {
    HarmBasis shipped = HarmBasis.shipped();
    return weights == null
        ? shipped
        : shipped.with(HarmWeightsReader.read(weights, shipped.codes().all()));
  }
}
