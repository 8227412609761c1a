package saferstats.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import saferstats.model.Month;

/** Reads {@code --end YYYY-MM}. */
final class MonthConverter implements ITypeConverter<Month> {
  @Override
  public Month convert(String value) {
    return Month.parse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'" + value + "' is not a month; use YYYY-MM, e.g. 2024-06"));
  }
}
