package org.sim2real.core.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A model trained on simulation rows. It depends only on (n, repetition, model settings), so a
 * study trains it once and reuses it for every m and strategy; {@link #toBytes()} feeds an
 * on-disk cache. Safe to share between threads: strategies never modify it.
 */
public sealed interface PretrainedModel extends Predictor {
  int MAGIC = 0x53325250; // "S2RP"
  int FORMAT_VERSION = 1;

  ModelFamily family();

  /** Bytes with a format header; {@link #fromBytes} reads them back. */
  byte[] toBytes();

  /**
   * Reads {@link #toBytes()} output.
   *
   * @throws IllegalArgumentException for damaged bytes or another format version (retrain then)
   */
  static PretrainedModel fromBytes(byte[] data) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      if (in.readInt() != MAGIC) {
        throw new IllegalArgumentException("not a serialized pretrained model");
      }
      int version = in.readInt();
      if (version != FORMAT_VERSION) {
        throw new IllegalArgumentException("pretrained model has format version " + version
            + ", expected " + FORMAT_VERSION);
      }
      ModelFamily family = ModelFamily.valueOf(in.readUTF());
      int length = in.readInt();
      if (length < 0 || length != in.available()) {
        throw new IllegalArgumentException("truncated serialized pretrained model");
      }
      byte[] payload = in.readNBytes(length);
      return switch (family) {
        case MLP -> new OfMlp(MlpNetwork.fromBytes(payload));
        case TABULAR -> new OfTabular(readTabular(payload));
      };
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated serialized pretrained model", e);
    }
  }

  private static byte[] withHeader(ModelFamily family, byte[] payload) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 32);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT_VERSION);
      out.writeUTF(family.name());
      out.writeInt(payload.length);
      out.write(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static TabularModel readTabular(byte[] payload) {
    // the cache is our own file, but deserialization still only admits the classes a model has
    ObjectInputFilter filter = ObjectInputFilter.Config.createFilter(
        "maxdepth=200;org.sim2real.core.model.TabularModel;smile.**;java.lang.*;java.util.*;"
            + "java.lang.invoke.SerializedLambda;!*");
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
      in.setObjectInputFilter(filter);
      return (TabularModel) in.readObject();
    } catch (InvalidClassException | ClassNotFoundException | ClassCastException e) {
      throw new IllegalArgumentException("serialized tabular model of an unknown or other Smile"
          + " version: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("damaged serialized tabular model", e);
    }
  }

  /** A pretrained MLP. Strategies train copies of {@link #network()}, never the network itself. */
  final class OfMlp implements PretrainedModel {
    private final MlpNetwork network;

    public OfMlp(MlpNetwork network) {
      this.network = Objects.requireNonNull(network, "network");
    }

    /** The pretrained network; copy it before training (see {@link MlpNetwork#copy()}). */
    public MlpNetwork network() {
      return network;
    }

    @Override
    public ModelFamily family() {
      return ModelFamily.MLP;
    }

    @Override
    public int inputCount() {
      return network.inputCount();
    }

    @Override
    public float[] predict(float[] x, int rows) {
      return network.predict(x, rows);
    }

    @Override
    public byte[] toBytes() {
      return withHeader(ModelFamily.MLP, network.toBytes());
    }
  }

  /** A Smile model fitted on simulation rows. */
  final class OfTabular implements PretrainedModel {
    private final TabularModel model;

    OfTabular(TabularModel model) {
      this.model = model;
    }

    /** Wraps a model from {@link TabularRegressor#fit}. */
    public static OfTabular of(Predictor fitted) {
      if (!(fitted instanceof TabularModel model)) {
        throw new IllegalArgumentException("not a model from TabularRegressor.fit");
      }
      return new OfTabular(model);
    }

    @Override
    public ModelFamily family() {
      return ModelFamily.TABULAR;
    }

    @Override
    public int inputCount() {
      return model.inputCount();
    }

    @Override
    public float[] predict(float[] x, int rows) {
      return model.predict(x, rows);
    }

    @Override
    public byte[] toBytes() {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(model);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return withHeader(ModelFamily.TABULAR, bytes.toByteArray());
    }
  }
}
