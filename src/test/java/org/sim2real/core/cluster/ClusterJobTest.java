package org.sim2real.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.io.UserFacingException;

class ClusterJobTest {
  private static ClusterJob job(String name, String partition, List<String> extra) {
    return new ClusterJob(name, 4, 2, 2048, 1536, Duration.ofHours(2), partition, null, 3, extra);
  }

  @Test
  void timesReadAndWriteInSlurmsFormats() {
    assertEquals(Duration.ofMinutes(90), ClusterJob.parseTime("90"));
    assertEquals(Duration.ofMinutes(90), ClusterJob.parseTime("90m"));
    assertEquals(Duration.ofHours(4), ClusterJob.parseTime("04:00:00"));
    assertEquals(Duration.ofDays(2).plusHours(3), ClusterJob.parseTime("2-03"));
    assertEquals(Duration.ofDays(1).plusMinutes(30), ClusterJob.parseTime("1-00:30:00"));
    assertEquals("04:00:00", ClusterJob.slurmTime(Duration.ofHours(4)));
    assertEquals("2-03:00:00", ClusterJob.slurmTime(Duration.ofDays(2).plusHours(3)));
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> ClusterJob.parseTime("four hours"));
    assertTrue(e.getMessage().contains("write HH:MM:SS"), e.getMessage());
  }

  @Test
  void memoryTakesMegabytesOrAUnit() {
    assertEquals(4096, ClusterJob.parseMegabytes("4G"));
    assertEquals(4096, ClusterJob.parseMegabytes("4096"));
    assertEquals(512, ClusterJob.parseMegabytes("512m"));
    assertThrows(UserFacingException.class, () -> ClusterJob.parseMegabytes("lots"));
  }

  @Test
  void valuesThatWouldBreakTheScriptAreRefused() {
    assertThrows(UserFacingException.class, () -> job("a b", null, List.of()));
    assertThrows(UserFacingException.class, () -> job("s2r", "gpu;rm -rf /", List.of()));
    assertThrows(UserFacingException.class, () -> job("s2r", null, List.of("--qos=short\n#X")));
    assertThrows(UserFacingException.class, () -> job("s2r", null, List.of("qos=short")));
    assertEquals(List.of("--qos=short"), job("s2r", "gpu", List.of("--qos=short")).extraOptions());
    UserFacingException e = assertThrows(UserFacingException.class, () -> new ClusterJob("s2r", 2,
        1, 1000, 1000, Duration.ofHours(1), null, null, 3, List.of()));
    assertTrue(e.getMessage().contains("must exceed the Java heap"), e.getMessage());
  }

  @Test
  void jobNamesComeFromTheStudyNameShortAndPlain() {
    assertEquals("s2r-band-gap-study", ClusterJob.nameFor("band gap / study"));
    assertEquals("s2r-study", ClusterJob.nameFor(null));
    String longName = ClusterJob.nameFor("Polymer demo (synthetic): repeat-unit SMILES, simulated");
    assertTrue(longName.length() <= 32 && !longName.endsWith("-"), longName);
  }
}
