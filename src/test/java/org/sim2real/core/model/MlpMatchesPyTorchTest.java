package org.sim2real.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known answer from real PyTorch (src/test/resources/pytorch/make_adam_fixture.py, torch 1.13):
 * nn.Linear + ReLU + MSELoss + torch.optim.Adam on full batches. Starting from PyTorch's initial
 * weights, the workbench's fp32 kernels must end at PyTorch's weights after the same 25 steps, so
 * the paper protocol trains the same model as the reference, not just a similar one.
 */
class MlpMatchesPyTorchTest {

  private static JsonNode fixture() throws Exception {
    try (InputStream in = MlpMatchesPyTorchTest.class.getResourceAsStream("/pytorch/adam_fixture.json")) {
      return JsonMapper.builder().build().readTree(in);
    }
  }

  private static float[] floats(JsonNode array) {
    float[] out = new float[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) array.get(i).asDouble();
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"vector", "scalar"})
  void adamTrainingReproducesPyTorchWeights(String kernelName) throws Exception {
    JsonNode f = fixture();
    int[] sizes = new int[f.get("sizes").size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = f.get("sizes").get(i).asInt();
    }
    MlpNetwork net = MlpNetwork.initialize(sizes, Activation.RELU, 0);
    for (int l = 0; l < sizes.length - 1; l++) {
      float[] w = floats(f.get("initial").get(l).get("weight")); // PyTorch layout [out][in]
      float[] b = floats(f.get("initial").get(l).get("bias"));
      for (int o = 0; o < sizes[l + 1]; o++) {
        for (int i = 0; i < sizes[l]; i++) {
          net.weights[net.weightOffset(l) + i * sizes[l + 1] + o] = w[o * sizes[l] + i];
        }
        net.biases[net.biasOffset(l) + o] = b[o];
      }
    }
    int rows = f.get("rows").asInt();
    int steps = f.get("steps").asInt();
    MlpSettings settings = new MlpSettings(List.of(13, 5), Activation.RELU, f.get("lr").asDouble(),
        rows, TrainingLength.epochs(steps), 0.9, 0.999, 1e-8, 0, null);
    MlpKernel kernel = kernelName.equals("vector") ? MlpKernels.vector() : MlpKernels.scalar();
    new MlpTrainer(kernel, false).train(net, TrainingRequest.of(floats(f.get("x")), floats(f.get("y")), rows, settings, 1L));
    for (int l = 0; l < sizes.length - 1; l++) {
      float[] expected = floats(f.get("final").get(l).get("weight"));
      float[] actual = net.layerWeightsOutputMajor(l);
      for (int k = 0; k < expected.length; k++) {
        assertEquals(expected[k], actual[k], 2e-5, "layer " + l + " weight " + k + " (" + kernelName + ")");
      }
      float[] expectedBias = floats(f.get("final").get(l).get("bias"));
      float[] actualBias = net.layerBiases(l);
      for (int k = 0; k < expectedBias.length; k++) {
        assertEquals(expectedBias[k], actualBias[k], 2e-5, "layer " + l + " bias " + k);
      }
    }
  }
}
