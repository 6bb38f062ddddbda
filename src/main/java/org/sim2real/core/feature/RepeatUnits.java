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

  /**
   * Replaces every connection point by a carbon carrying as many implicit hydrogens as its bonds
   * leave free (CH3 for the usual single bond, CH2 for "=*"), in place.
   *
   * @return per atom index, whether the atom is a cap (length = atom count)
   */
  static boolean[] capWithMethyl(IAtomContainer molecule) {
    boolean[] cap = new boolean[molecule.getAtomCount()];
    for (int i = 0; i < cap.length; i++) {
      IAtom atom = molecule.getAtom(i);
      if (!isConnectionPoint(atom)) {
        continue;
      }
      int valenceUsed = 0;
      for (IBond bond : molecule.getConnectedBondsList(atom)) {
        IBond.Order order = bond.getOrder();
        valenceUsed += order == null || order == IBond.Order.UNSET ? 1 : order.numeric();
      }
      IAtom carbon = molecule.getBuilder().newInstance(IAtom.class, "C");
      carbon.setImplicitHydrogenCount(Math.max(0, 4 - valenceUsed));
      molecule.setAtom(i, carbon);
      cap[i] = true;
    }
    return cap;
  }
}
