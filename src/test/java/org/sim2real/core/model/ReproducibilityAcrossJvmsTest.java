package org.sim2real.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Same seed, same weights, also across JVMs: the numbers must not depend on whether the JIT had
 * compiled the kernel yet (an interpreted JVM against this warmed-up one).
 */
class ReproducibilityAcrossJvmsTest {

  @Test
  void interpretedAndCompiledTrainingGiveBitwiseIdenticalWeights() throws Exception {
    assumeTrue(MlpKernels.vectorApiPresent(), "jdk.incubator.vector not in this JVM");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String kernel = System.getProperty(MlpKernels.KERNEL_PROPERTY, "");
    Process process = new ProcessBuilder(List.of(java, "-Xint",
        "--add-modules=jdk.incubator.vector", "-D" + MlpKernels.KERNEL_PROPERTY + "=" + kernel,
        "-cp", System.getProperty("java.class.path"), DeterminismProbe.class.getName()))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "probe JVM did not finish");
    assertEquals(0, process.exitValue(), output);
    Matcher result = Pattern.compile("kernel=(\\S+) hash=(\\S+)").matcher(output);
    assertTrue(result.find(), output);
    assertEquals(new MlpTrainer().kernelName(), result.group(1));

    String warm = "";
    for (int i = 0; i < 200; i++) {
      warm = DeterminismProbe.trainAndHash();
    }
    assertEquals(result.group(2), warm);
  }
}
