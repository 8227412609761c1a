package saferstats.cli;

import java.util.Arrays;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import saferstats.model.WindowChoice;

/**
 * Whole-number options checked as they are parsed, so a bad value fails at once (exit 2) rather
 * than after the inputs have been read.
 */
final class Ranges {
  private Ranges() {}

  static int within(String value, int min, int max, String what) {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
    if (n < min || n > max) {
      throw new TypeConversionException(
          what
              + " must be "
              + (max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max)
              + ", not "
              + n);
    }
    return n;
  }

  /** --top: at least one place. */
  static final class Top implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return within(value, 1, Integer.MAX_VALUE, "--top");
    }
  }

  /** --periods: a class needs at least two quarters to tell new from old. */
  static final class Periods implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return within(value, 2, Integer.MAX_VALUE, "--periods");
    }
  }

  /** --cell-size: metres, from street scale to a whole town. */
  static final class CellSize implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return within(value, 10, 10_000, "--cell-size (metres)");
    }
  }

  /** --window: one of the named windows, by the name the output uses. */
  static final class Windows implements ITypeConverter<WindowChoice> {
    @Override
    public WindowChoice convert(String value) {
      return Arrays.stream(WindowChoice.values())
          .filter(w -> w.id().equalsIgnoreCase(value.strip()))
          .findFirst()
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + value
                          + "' is not a window: use current12, previous12, quarter or all"));
    }
  }
}
