package org.sim2real.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Without jdk.incubator.vector the trainer must pick the scalar kernel and load no vector class. */
class ScalarFallbackTest {

  @Test
  void jvmWithoutTheVectorModuleTrainsOnTheScalarKernelAndLoadsNoVectorClass() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xlog:class+load=info",
        "-cp", System.getProperty("java.class.path"), ScalarFallbackProbe.class.getName()))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
    assertEquals(0, process.exitValue(), output);
    Matcher result = Pattern.compile("kernel=(\\S+) loss=(\\S+)").matcher(output);
    assertTrue(result.find(), output);
    assertEquals("scalar", result.group(1));
    assertTrue(Double.parseDouble(result.group(2)) < 0.05, "loss " + result.group(2));
    assertFalse(output.contains("jdk.incubator.vector."), "a Vector API class was loaded");
    assertFalse(output.contains("VectorMlpKernel"), "the vector kernel class was loaded");
  }

  @Test
  void jvmWithTheVectorModuleUsesTheVectorKernel() {
    // surefire adds the module (pom.xml app.jvmFlags), so this JVM must have chosen it
    assumeTrue(System.getProperty(MlpKernels.KERNEL_PROPERTY) == null, "scalar kernel forced");
    assertTrue(MlpKernels.vectorApiPresent());
    assertTrue(new MlpTrainer().kernelName().startsWith("vector-"), new MlpTrainer().kernelName());
  }
}
