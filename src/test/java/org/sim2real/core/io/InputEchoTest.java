package org.sim2real.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputEchoTest {
  @Test
  void lineBreaksAndControlCharactersBecomeVisibleEscapes() {
    assertEquals("'a\\nb\\r\\tc\\u0000d\\u2028'", InputEcho.quote("a\nb\r\tc\u0000d\u2028"));
    assertEquals("'Fe2O3'", InputEcho.quote("Fe2O3"));
  }

  @Test
  void longInputIsShortenedWithACountNeverSplittingASurrogatePair() {
    String quoted = InputEcho.quote("x".repeat(79) + "\uD83D\uDE00" + "y".repeat(100));
    assertEquals("'" + "x".repeat(79) + "' (102 more characters)", quoted);
    assertTrue(InputEcho.oneLine("z".repeat(10_000)).length() < 600);
  }

  @Test
  void userFacingMessagesAreOneLineWhateverSlipsIn() {
    UserFacingException e = new UserFacingException("bad value 'a\nb' in " + "q".repeat(5_000));
    assertTrue(e.getMessage().startsWith("bad value 'a\\nb' in qqq"), e.getMessage());
    assertTrue(e.getMessage().length() <= UserFacingException.MAX_LENGTH + 4);
    assertEquals("plain", new UserFacingException("plain").getMessage());
  }
}
