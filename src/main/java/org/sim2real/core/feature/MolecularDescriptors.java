package org.sim2real.core.feature;

import java.util.List;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.config.Isotopes;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomType;
import org.openscience.cdk.qsar.DescriptorValue;
import org.openscience.cdk.qsar.IMolecularDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HBondAcceptorCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HBondDonorCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.RotatableBondsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.TPSADescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.WeightDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.XLogPDescriptor;
import org.openscience.cdk.qsar.result.DoubleResult;
import org.openscience.cdk.qsar.result.IDescriptorResult;
import org.openscience.cdk.qsar.result.IntegerResult;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.sim2real.core.io.InputEcho;

/**
 * The molecular descriptors of {@link SmilesFeaturizer}, computed with CDK on a molecule whose
 * connection points have been capped. Not thread-safe (CDK descriptor objects keep state): one
 * instance per thread.
 */
final class MolecularDescriptors {
  static final List<String> NAMES = List.of(
      "molecular_weight", "xlogp", "tpsa", "hbond_donors", "hbond_acceptors", "rotatable_bonds",
      "aromatic_atoms", "ring_count", "heavy_atoms", "fraction_sp3", "connection_points");

  private final IMolecularDescriptor weight = new WeightDescriptor();
  private final IMolecularDescriptor xlogp = new XLogPDescriptor();
  private final IMolecularDescriptor tpsa = new TPSADescriptor();
  private final IMolecularDescriptor donors = new HBondDonorCountDescriptor();
  private final IMolecularDescriptor acceptors = new HBondAcceptorCountDescriptor();
  private final IMolecularDescriptor rotatable = new RotatableBondsCountDescriptor();
  private final Aromaticity aromaticity =
      new Aromaticity(Aromaticity.Model.Daylight, Cycles.or(Cycles.all(), Cycles.all(6)));
  private final double carbonMass;
  private final double hydrogenMass;

  MolecularDescriptors() {
    for (IMolecularDescriptor d : List.of(weight, xlogp, tpsa, donors, acceptors, rotatable)) {
      d.initialise(SilentChemObjectBuilder.getInstance());
    }
    try {
      carbonMass = Isotopes.getInstance().getNaturalMass(6);
      hydrogenMass = Isotopes.getInstance().getNaturalMass(1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("CDK isotope data is missing", e);
    }
  }

  /**
   * Writes {@link #NAMES} for a parsed molecule (hydrogens suppressed) whose connection points
   * are at {@code connectionPoints}. The molecule is modified: connection points become methyl
   * caps, atoms get CDK atom types and Daylight aromaticity (rings of any size, as CDK recommends).
   */
  void compute(IAtomContainer molecule, int[] connectionPoints, String smiles, float[] out,
      int offset) throws FeaturizationException, CDKException {
    RepeatUnits.capWithMethyl(molecule, connectionPoints);
    boolean[] cap = new boolean[molecule.getAtomCount()];
    for (int i : connectionPoints) {
      cap[i] = true;
    }
    AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(molecule);
    aromaticity.apply(molecule);

    int caps = 0;
    double capMass = 0;
    int heavyAtoms = 0;
    int aromaticAtoms = 0;
    int carbons = 0;
    int sp3Carbons = 0;
    for (int i = 0; i < cap.length; i++) {
      IAtom atom = molecule.getAtom(i);
      if (cap[i]) {
        caps++;
        capMass += carbonMass + atom.getImplicitHydrogenCount() * hydrogenMass;
        continue;
      }
      int z = atom.getAtomicNumber();
      if (z > 1) {
        heavyAtoms++;
      }
      if (atom.isAromatic()) {
        aromaticAtoms++;
      }
      if (z == 6) {
        carbons++;
        if (atom.getHybridization() == IAtomType.Hybridization.SP3) {
          sp3Carbons++;
        }
      }
    }
    int components = ConnectivityChecker.partitionIntoMolecules(molecule).getAtomContainerCount();
    int rings = molecule.getBondCount() - molecule.getAtomCount() + components;

    int k = offset;
    out[k++] = (float) (value(weight, "molecular_weight", molecule, smiles) - capMass);
    out[k++] = (float) value(xlogp, "xlogp", molecule, smiles);
    out[k++] = (float) value(tpsa, "tpsa", molecule, smiles);
    out[k++] = (float) value(donors, "hbond_donors", molecule, smiles);
    out[k++] = (float) value(acceptors, "hbond_acceptors", molecule, smiles);
    out[k++] = (float) value(rotatable, "rotatable_bonds", molecule, smiles);
    out[k++] = aromaticAtoms;
    out[k++] = rings;
    out[k++] = heavyAtoms;
    out[k++] = carbons == 0 ? 0f : (float) sp3Carbons / carbons;
    out[k] = caps;
  }

  private static double value(IMolecularDescriptor descriptor, String name,
      IAtomContainer molecule, String smiles) throws FeaturizationException {
    DescriptorValue value = descriptor.calculate(molecule);
    if (value.getException() != null) {
      throw new FeaturizationException("CDK cannot compute " + name + " for SMILES "
          + InputEcho.quote(smiles) + ": " + value.getException().getMessage(),
          value.getException());
    }
    IDescriptorResult result = value.getValue();
    double v;
    if (result instanceof DoubleResult d) {
      v = d.doubleValue();
    } else if (result instanceof IntegerResult i) {
      v = i.intValue();
    } else {
      throw new IllegalStateException(name + " returned " + result.getClass().getSimpleName());
    }
    if (!Double.isFinite(v)) {
      throw new FeaturizationException(name + " is not defined for SMILES " + InputEcho.quote(smiles));
    }
    return v;
  }
}
