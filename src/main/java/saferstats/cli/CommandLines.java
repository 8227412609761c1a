package saferstats.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The top-level command with its subcommands, in the order help lists them. When the arguments name
 * one subcommand only that one is built: picocli builds a command's model by reflection, and
 * building all six on every start cost a cold JVM about a tenth of a second.
 */
final class CommandLines {
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          InspectCommand.class,
          TrendsCommand.class,
          QuarterlyCommand.class,
          CategoriesCommand.class,
          HotspotsCommand.class,
          ReportCommand.class,
          BenchmarkCommand.class,
          HelpCommand.class);

  private CommandLines() {}

  /** The command line for {@code args}; every subcommand unless they name one (not help). */
  static CommandLine forArgs(String[] args, CommandLine.IFactory factory) {
    CommandLine cli = new CommandLine(new SaferstatsCommand(), factory);
    String named = subcommandNamed(args);
    for (Class<?> c : SUBCOMMANDS) {
      if (named == null || name(c).equals(named)) {
        cli.addSubcommand(c);
      }
    }
    return cli;
  }

  /**
   * The subcommand the arguments name: the first that is not an option (the top-level options take
   * no value), when it is one of ours and not {@code help}, which needs the others to describe.
   */
  private static String subcommandNamed(String[] args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        boolean ours = SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(a));
        return ours && !a.equals(name(HelpCommand.class)) ? a : null;
      }
    }
    return null;
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }
}
