package org.sim2real.core.data;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.feature.Composition;
import org.sim2real.core.feature.CompositionParser;
import org.sim2real.core.feature.FeaturizationException;
import org.sim2real.core.feature.FormulaException;
import org.sim2real.core.feature.MoleculeParser;

/**
 * Checks one formula or SMILES value and computes its normalized key. SMILES results are cached
 * by the text, because parsing a molecule is expensive and real files repeat values a lot (the
 * same solvent in every row), up to a bound so that a file of distinct values cannot fill the
 * memory. Thread-safe: the
 * parsers keep per-thread state and the cache is concurrent, so one checker serves all threads.
 */
final class RepresentationChecker {
  private static final int CACHE_LIMIT = 500_000;
  /** Longest explanation taken from a parser (they quote the whole value). */
  private static final int MAX_DETAIL_CHARS = 300;

  /** The verdict on one value: a key when usable, else a reason and an explanation. */
  record Outcome(String value, @Nullable String key, @Nullable RejectionReason reason,
      @Nullable String detail, List<String> warnings) {
    boolean ok() {
      return reason == null;
    }
  }

  private final RepresentationKind kind;
  private final Map<String, Outcome> cache = new ConcurrentHashMap<>();

  RepresentationChecker(RepresentationKind kind) {
    if (!kind.isText()) {
      throw new IllegalArgumentException("not a text representation: " + kind);
    }
    this.kind = kind;
  }

  /** Checks a stripped, non-empty value. */
  Outcome check(String value) {
    if (kind == RepresentationKind.FORMULA) {
      // parsing a formula costs about as much as a lookup in a large cache, and DFT files are
      // mostly distinct formulas: caching them would only cost memory and time
      return formula(value);
    }
    Outcome cached = cache.get(value);
    if (cached != null) {
      return cached;
    }
    Outcome outcome = kind == RepresentationKind.FORMULA ? formula(value) : smiles(value);
    if (cache.size() < CACHE_LIMIT) {
      cache.putIfAbsent(value, outcome); // two threads may compute the same value: same outcome
    }
    return outcome;
  }

  private static Outcome formula(String value) {
    try {
      Composition c = CompositionParser.parse(value);
      return new Outcome(value, c.normalizedKey(), null, null, c.warnings());
    } catch (FormulaException e) {
      return bad(value, RejectionReason.UNPARSEABLE_FORMULA,
          ImportMessages.unparseableFormula(String.valueOf(e.getMessage())));
    } catch (RuntimeException e) {
      // the parser should only throw FormulaException; never let a row crash the import
      return bad(value, RejectionReason.UNPARSEABLE_FORMULA,
          ImportMessages.unparseableFormula(e.toString()));
    }
  }

  private Outcome smiles(String value) {
    try {
      String key = MoleculeParser.canonical(value);
      List<String> warnings = kind == RepresentationKind.POLYMER_SMILES && value.indexOf('*') < 0
          ? List.of(ImportMessages.polymerWithoutStar(value))
          : List.of();
      return new Outcome(value, key, null, null, warnings);
    } catch (FeaturizationException e) {
      return bad(value, RejectionReason.INVALID_SMILES,
          ImportMessages.invalidSmiles(String.valueOf(e.getMessage())));
    } catch (RuntimeException e) {
      return bad(value, RejectionReason.INVALID_SMILES, ImportMessages.invalidSmiles(value, e));
    }
  }

  private static Outcome bad(String value, RejectionReason reason, String detail) {
    return new Outcome(value, null, reason, Rejection.shorten(detail, MAX_DETAIL_CHARS), List.of());
  }
}
