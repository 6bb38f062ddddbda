package org.sim2real.core.feature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.fingerprint.ICountFingerprint;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.sim2real.core.io.InputEcho;

/**
 * Molecules and polymer repeat units given as SMILES: a folded count fingerprint and/or a set of
 * CDK molecular descriptors.
 *
 * <p><b>Fingerprint</b>: CDK {@link CircularFingerprinter} ECFP4 (radius 2, diameter 4) with
 * counts; every environment identifier {@code h} is folded to bin {@code floorMod(h, length)} and
 * the counts of identifiers that share a bin are added. CDK's identifiers do not depend on the
 * JVM's hashing, so the same SMILES always gives the same vector. Feature names "ecfp4_0",
 * "ecfp4_1", ... up to the length.
 *
 * <p><b>Descriptors</b> ({@link MolecularDescriptors#NAMES}): molecular weight (CDK
 * WeightDescriptor), XLogP (XLogPDescriptor), topological polar surface area (TPSADescriptor),
 * H-bond donors and acceptors (CDK's HBondDonorCount/HBondAcceptorCount definitions), rotatable
 * bonds (RotatableBondsCountDescriptor: single, non-ring, non-terminal), aromatic atoms, ring count
 * (cycle rank = bonds - atoms + components, the size of the smallest set of smallest rings), heavy
 * atoms, fraction of sp3 carbons, and the number of '*' connection points.
 *
 * <p><b>Preparation</b>: the SMILES is parsed by {@link MoleculeParser} (CDK SmilesParser, which
 * sets every atom's implicit hydrogen count exactly as SMILES defines it, including bracket atoms
 * such as [CH2] radicals, so CDKHydrogenAdder is deliberately not run over it); explicit hydrogens
 * (isotope labels included: "[2H]" counts as a plain hydrogen) are folded into implicit counts, so
 * "[H]OC" and "OC" give the same features; atoms get CDK atom
 * types and Daylight aromaticity is perceived before any descriptor is computed.
 *
 * <p><b>Polymer repeat units</b> ("*CC(*)c1ccccc1"): for the fingerprint each '*' becomes an atom
 * of a placeholder element (astatine, which no polymer contains), so a connection point is an
 * atom environment of its own and an atom next to it differs from a chain end or a methyl group.
 * CDK's fingerprinter would otherwise count '*' as a hydrogen and make the polystyrene unit
 * identical to ethylbenzene (a real astatine compound could collide, which we accept). For the
 * descriptors every '*' is replaced by a methyl cap: in the chain, the atom next to a connection
 * point is bonded to a carbon-like backbone atom, and a methyl keeps its hybridization, its donor
 * and acceptor status and its polar surface as in the chain. Hydrogen caps would turn the ether
 * and ester links of polycarbonates or polyesters into phenol, formate or carboxylic-acid groups
 * and invent H-bond donors that the polymer does not have. The size descriptors then describe the
 * repeat unit itself: molecular weight, heavy atoms and fraction sp3 exclude the caps (polystyrene
 * "*CC(*)c1ccccc1": 104.15, 8, 0.25); XLogP, TPSA, donors, acceptors, rotatable bonds and ring
 * counts are those of the capped molecule, which adds the same methyl contributions to every
 * two-point repeat unit. "connection_points" tells repeat units (usually 2) from molecules (0).
 *
 * <p>Invalid SMILES (unclosed ring "C1CC", unclosed branch "C(", unknown symbol "Xx", impossible
 * aromatic ring "c1cccc1") give a {@link FeaturizationException} with CDK's reason. Thread-safe:
 * CDK objects are kept per thread; the features of the first 8,192 distinct SMILES are remembered
 * (identical input, identical output), so repeated solvents and repeat units cost nothing.
 */
public final class SmilesFeaturizer implements Featurizer {
  public static final int DEFAULT_FINGERPRINT_LENGTH = 1024;
  public static final int MIN_FINGERPRINT_LENGTH = 16;
  public static final int MAX_FINGERPRINT_LENGTH = 1 << 20;
  /** Bound of the memo of featurized SMILES (at 1,035 features, about 35 MB when full). */
  private static final int MEMO_ENTRIES = 8192;

  private final int fingerprintLength;
  private final boolean descriptors;
  private final List<String> names;
  private final ThreadLocal<CircularFingerprinter> fingerprinter =
      ThreadLocal.withInitial(() -> new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP4));
  private final ThreadLocal<MolecularDescriptors> descriptorCalculator =
      ThreadLocal.withInitial(MolecularDescriptors::new);
  /**
   * Features (float[]) or failure reason (String) per SMILES already seen. Tables repeat the same
   * solvents and repeat units many times and CDK takes about 2 ms per molecule (XLogP most of it),
   * so this saves most of the time; the values are deterministic, so it cannot change results.
   */
  private final Map<String, Object> memo = new ConcurrentHashMap<>();

  /**
   * @param fingerprintLength number of folded fingerprint bins, or 0 for no fingerprint
   * @param descriptors whether the molecular descriptors follow the fingerprint
   */
  public SmilesFeaturizer(int fingerprintLength, boolean descriptors) {
    boolean outOfRange =
        fingerprintLength < MIN_FINGERPRINT_LENGTH || fingerprintLength > MAX_FINGERPRINT_LENGTH;
    if (fingerprintLength != 0 && outOfRange) {
      throw new IllegalArgumentException("fingerprint length must be between "
          + MIN_FINGERPRINT_LENGTH + " and " + MAX_FINGERPRINT_LENGTH + " (or 0 for none), got "
          + fingerprintLength);
    }
    if (fingerprintLength == 0 && !descriptors) {
      throw new IllegalArgumentException("a SMILES featurizer needs the fingerprint, the "
          + "descriptors or both");
    }
    this.fingerprintLength = fingerprintLength;
    this.descriptors = descriptors;
    List<String> n = new ArrayList<>(fingerprintLength + MolecularDescriptors.NAMES.size());
    for (int i = 0; i < fingerprintLength; i++) {
      n.add("ecfp4_" + i);
    }
    if (descriptors) {
      n.addAll(MolecularDescriptors.NAMES);
    }
    this.names = List.copyOf(n);
  }

  /** Fingerprint of the default length plus descriptors. */
  public SmilesFeaturizer() {
    this(DEFAULT_FINGERPRINT_LENGTH, true);
  }

  public int fingerprintLength() {
    return fingerprintLength;
  }

  public boolean includesDescriptors() {
    return descriptors;
  }

  /** E.g. "smiles-ecfp4x1024+descriptors": differs whenever the features differ. */
  @Override
  public String id() {
    String fp = fingerprintLength > 0 ? "ecfp4x" + fingerprintLength : "";
    String sep = fingerprintLength > 0 && descriptors ? "+" : "";
    return "smiles-" + fp + sep + (descriptors ? "descriptors" : "");
  }

  @Override
  public int dimension() {
    return names.size();
  }

  @Override
  public List<String> featureNames() {
    return names;
  }

  @Override
  public void featurize(List<String> representation, float[] out, int offset)
      throws FeaturizationException {
    if (representation.size() != 1) {
      throw new IllegalArgumentException(
          "a SMILES featurizer takes one column, got " + representation.size());
    }
    String smiles = representation.get(0).strip();
    Object known = memo.get(smiles);
    if (known == null) {
      known = compute(smiles);
      if (memo.size() < MEMO_ENTRIES) {
        memo.put(smiles, known);
      }
    }
    if (known instanceof String reason) {
      throw new FeaturizationException(reason);
    }
    System.arraycopy((float[]) known, 0, out, offset, names.size());
  }

  /** The features of one SMILES, or the reason why it has none. */
  private Object compute(String smiles) {
    float[] features = new float[names.size()];
    try {
      featurizeUncached(smiles, features);
      return features;
    } catch (FeaturizationException e) {
      return e.getMessage() == null ? "cannot be featurized" : e.getMessage();
    }
  }

  private void featurizeUncached(String smiles, float[] out) throws FeaturizationException {
    IAtomContainer molecule = MoleculeParser.parse(smiles);
    try {
      molecule = AtomContainerManipulator.suppressHydrogens(molecule);
      int[] connectionPoints = RepeatUnits.connectionPoints(molecule);
      if (fingerprintLength > 0) {
        RepeatUnits.markForFingerprint(molecule, connectionPoints);
        writeFingerprint(molecule, out, 0);
      }
      if (descriptors) {
        descriptorCalculator.get().compute(
            molecule, connectionPoints, smiles, out, fingerprintLength);
      }
    } catch (CDKException | RuntimeException e) {
      // CDK signals molecules it cannot handle (odd valences, unsupported atoms) in many ways
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new FeaturizationException(
          "CDK cannot process SMILES " + InputEcho.quote(smiles) + ": "
              + InputEcho.oneLine(detail), e);
    }
  }

  private void writeFingerprint(IAtomContainer molecule, float[] out, int offset)
      throws CDKException {
    Arrays.fill(out, offset, offset + fingerprintLength, 0f);
    ICountFingerprint counts = fingerprinter.get().getCountFingerprint(molecule);
    for (int i = 0; i < counts.numOfPopulatedbins(); i++) {
      out[offset + Math.floorMod(counts.getHash(i), fingerprintLength)] += counts.getCount(i);
    }
  }
}
