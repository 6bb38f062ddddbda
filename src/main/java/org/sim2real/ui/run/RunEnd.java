package org.sim2real.ui.run;

/**
 * How a run ended, in the words of a notice: a title ("Study finished") and one or two sentences
 * without the folder's path.
 */
public record RunEnd(Kind kind, String title, String text) {
  /** The five ways a run ends. */
  public enum Kind {
    FINISHED,
    CANCELLED,
    /** Some cells ran out of memory; the others finished. */
    INCOMPLETE,
    FAILED,
    STOPPED
  }
}
