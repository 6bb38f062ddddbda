package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void htmlEscapesEverythingFromData() {
    assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;", HtmlText.escape("<script>alert('x')</script> & \""));
  }
}
