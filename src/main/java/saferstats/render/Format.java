package saferstats.render;

/** Output formats (SPEC 4a). */
public enum Format {
  TABLE,
  CSV,
  JSON,
  MARKDOWN
}
