package saferstats.model;

/** A problem the user can fix: what went wrong, how to fix it, and the exit code (SPEC 6). */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit codes of SPEC 6. */
  public static final int USAGE = 2;

  public static final int INPUT = 3;

  public static final int NOT_COVERED = 4;
  public static final int OUTPUT = 5;

  private final String hint;
  private final int exitCode;

  public UserError(int exitCode, String message, String hint) {
    super(message);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  public UserError(int exitCode, String message, String hint, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  public static UserError usage(String message, String hint) {
    return new UserError(USAGE, message, hint);
  }

  public static UserError input(String message, String hint) {
    return new UserError(INPUT, message, hint);
  }

  public static UserError notCovered(String message, String hint) {
    return new UserError(NOT_COVERED, message, hint);
  }

  public String hint() {
    return hint;
  }

  public int exitCode() {
    return exitCode;
  }

  /** The one line printed on stderr. */
  public String line() {
    return "saferstats: " + getMessage() + (hint == null ? "" : " — " + hint);
  }
}
