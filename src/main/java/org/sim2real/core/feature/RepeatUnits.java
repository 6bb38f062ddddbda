package org.sim2real.core.feature;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IPseudoAtom;

/**
 * Polymer repeat units: the '*' connection points of a SMILES such as "*CC(*)c1ccccc1" and their
 * replacement by methyl caps before descriptors are computed (why methyl and not hydrogen: see
 * {@link SmilesFeaturizer}).
 */
final class RepeatUnits {
  private RepeatUnits() {}

  /** True for a '*' (a pseudo atom or an atom without atomic number). */
  static boolean isConnectionPoint(IAtom atom) {
    return atom instanceof IPseudoAtom
        || atom.getAtomicNumber() == null
        || atom.getAtomicNumber() == 0;
  }

  /** Indices of the connection points of a molecule, ascending. */
  static int[] connectionPoints(IAtomContainer molecule) {
    int[] points = new int[molecule.getAtomCount()];
    int n = 0;
    for (int i = 0; i < molecule.getAtomCount(); i++) {
      if (isConnectionPoint(molecule.getAtom(i))) {
        points[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(points, n);
  }

  /**
   * Replaces the connection points by atoms of a placeholder element (astatine, Z = 85, which no
   * polymer contains) without hydrogens, in place. CDK's circular fingerprinter counts a '*' as a
   * hydrogen, which would make "*CC(*)c1ccccc1" identical to ethylbenzene; a real heavy atom gives
   * the connection point an invariant of its own.
   */
  static void markForFingerprint(IAtomContainer molecule, int[] points) {
    for (int i : points) {
      IAtom marker = molecule.getBuilder().newInstance(IAtom.class, "At");
      marker.setImplicitHydrogenCount(0);
      molecule.setAtom(i, marker);
    }
  }

  /**
   * Replaces the connection points by carbons carrying as many implicit hydrogens as their bonds
   * leave free (CH3 for the usual single bond, CH2 for "=*"), in place.
   */
  static void capWithMethyl(IAtomContainer molecule, int[] points) {
    for (int i : points) {
      int valenceUsed = 0;
      for (IBond bond : molecule.getConnectedBondsList(molecule.getAtom(i))) {
        IBond.Order order = bond.getOrder();
        valenceUsed += order == null || order == IBond.Order.UNSET ? 1 : order.numeric();
      }
      IAtom carbon = molecule.getBuilder().newInstance(IAtom.class, "C");
      carbon.setImplicitHydrogenCount(Math.max(0, 4 - valenceUsed));
      molecule.setAtom(i, carbon);
    }
  }
}
