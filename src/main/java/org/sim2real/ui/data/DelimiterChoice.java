package org.sim2real.ui.data;

/** The field separators the Data screen offers; AUTO detects it from the first lines. */
public enum DelimiterChoice {
  AUTO("detect", ""),
  COMMA("comma  ,", ","),
  SEMICOLON("semicolon  ;", ";"),
  TAB("tab", "\t"),
  PIPE("pipe  |", "|");

  private final String label;
  private final String setting;

  DelimiterChoice(String label, String setting) {
    this.label = label;
    this.setting = setting;
  }

  /** The delimiter as the project's settings keep it ("" to detect). */
  public String setting() {
    return setting;
  }

  /** The choice for a project setting; AUTO for one the screen does not offer. */
  public static DelimiterChoice of(String setting) {
    for (DelimiterChoice c : values()) {
      if (c.setting.equals(setting)) {
        return c;
      }
    }
    return AUTO;
  }

  @Override
  public String toString() {
    return label;
  }
}
