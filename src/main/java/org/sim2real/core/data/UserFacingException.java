package org.sim2real.core.data;

/**
 * An error the user caused and can fix (a malformed file, an impossible setting). Its message is
 * shown to the user as it is: it names the file, line and column where there is one, and says
 * what to do. Programming errors are not of this type.
 */
public class UserFacingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserFacingException(String message) {
    super(message);
  }

  public UserFacingException(String message, Throwable cause) {
    super(message, cause);
  }
}
