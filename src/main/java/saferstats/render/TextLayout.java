package saferstats.render;

/**
 * How a text report is laid out: the default terminal table, fitted to {@link #COLUMNS} columns
 * (long texts as numbered notes under their table, wide tables in column groups, paragraphs
 * wrapped); the same unfitted ({@code --wide}, one line a row however long); or Markdown.
 */
enum TextLayout {
  FITTED,
  WIDE,
  MARKDOWN;

  /** The terminal width the default table output keeps within (issue 26.3). */
  static final int COLUMNS = 120;

  boolean markdown() {
    return this == MARKDOWN;
  }

  boolean fitted() {
    return this == FITTED;
  }
}
