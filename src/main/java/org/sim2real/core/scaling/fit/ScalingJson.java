package org.sim2real.core.scaling.fit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.sim2real.core.scaling.curve.Interval;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON form of the scaling results (the CLI's {@code --json}, and for anyone who wants the numbers
 * as data): the records as they are, plus their plain-language sentences, minus the raw bootstrap
 * draws. Numbers that are undefined (NaN, e.g. an interval that cannot be computed) are written as
 * null, infinite ones (a data need that some refits call unreachable) as the strings "Infinity" or
 * "-Infinity".
 */
public final class ScalingJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule("scaling-numbers")
          .addSerializer(Double.class, new FiniteDoubleSerializer())
          .addSerializer(Double.TYPE, new FiniteDoubleSerializer()))
      .addMixIn(CurveAnalysis.class, CurveAnalysisMixIn.class)
      .addMixIn(ScratchCurveFit.class, LawSentenceMixIn.class)
      .addMixIn(TwoDimensionalFit.class, LawSentenceMixIn.class)
      .addMixIn(GoodnessOfFit.class, SentenceMixIn.class)
      .addMixIn(BackTest.class, BackTestMixIn.class)
      .addMixIn(RollingBackTest.class, RollingBackTestMixIn.class)
      .addMixIn(Extrapolation.class, SentenceMixIn.class)
      .addMixIn(ModelComparison.class, SentenceMixIn.class)
      .addMixIn(TrustAssessment.class, SentenceMixIn.class)
      .addMixIn(BootstrapSummary.class, SentenceMixIn.class)
      .addMixIn(Interval.class, IntervalMixIn.class)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private ScalingJson() {}

  /** Pretty-printed JSON of any scaling result (an analysis, a forecast, a list of them...). */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** The mapper, for callers that embed scaling results in larger documents. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  private static final class FiniteDoubleSerializer extends ValueSerializer<Double> {
    @Override
    public void serialize(Double value, JsonGenerator gen, SerializationContext context) {
      if (value.isNaN()) {
        gen.writeNull();
      } else if (value.isInfinite()) {
        gen.writeString(value > 0 ? "Infinity" : "-Infinity");
      } else {
        gen.writeNumber(value.doubleValue());
      }
    }
  }

  @JsonIgnoreProperties({"draws"})
  private interface CurveAnalysisMixIn {
    @JsonProperty("law")
    String lawSentence();

    @JsonProperty("label")
    String label();
  }

  @JsonIgnoreProperties({"draws"})
  private interface LawSentenceMixIn {
    @JsonProperty("law")
    String lawSentence();
  }

  private interface SentenceMixIn {
    @JsonProperty("sentence")
    String sentence();
  }

  private interface BackTestMixIn {
    @JsonProperty("sentence")
    String sentence();

    @JsonProperty("extrapolationFactor")
    double extrapolationFactor();

    @JsonProperty("severe")
    boolean severe();
  }

  private interface RollingBackTestMixIn {
    @JsonProperty("sentence")
    String sentence();

    @JsonProperty("coverage")
    double coverage();

    @JsonProperty("hits")
    int hits();

    @JsonIgnore
    boolean isEmpty();
  }

  private interface IntervalMixIn {
    @JsonIgnore
    boolean isKnown();
  }
}
