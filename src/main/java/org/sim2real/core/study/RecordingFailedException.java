package org.sim2real.core.study;

import org.sim2real.core.io.UserFacingException;

/**
 * A finished cell could not be recorded (its ledger or test-errors line could not be written):
 * storage is failing, so the run stops instead of computing results it cannot keep. Results
 * recorded earlier are safe.
 */
final class RecordingFailedException extends UserFacingException {
  private static final long serialVersionUID = 1L;

  RecordingFailedException(String message) {
    super(message);
  }

  RecordingFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
