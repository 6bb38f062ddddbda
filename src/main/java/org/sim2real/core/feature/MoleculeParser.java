package org.sim2real.core.feature;

import org.jspecify.annotations.Nullable;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IPseudoAtom;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.sim2real.core.io.InputEcho;

/**
 * SMILES parsing and canonicalization through the Chemistry Development Kit, shared by import
 * validation (is this SMILES usable? which materials overlap?) and the SMILES featurizers.
 *
 * <p>Polymer repeat units mark their connection points with '*' (e.g. "*CC(*)c1ccccc1" for
 * polystyrene); CDK reads '*' as a pseudo atom, which this class keeps, so "*CC*" parses and
 * canonicalizes like any molecule. CDK parsers are not thread-safe, hence one per thread.
 */
public final class MoleculeParser {
  private static final ThreadLocal<SmilesParser> PARSER =
      ThreadLocal.withInitial(() -> new SmilesParser(SilentChemObjectBuilder.getInstance()));
  private static final ThreadLocal<SmilesGenerator> CANONICAL =
      ThreadLocal.withInitial(() -> new SmilesGenerator(SmiFlavor.Unique));

  private MoleculeParser() {}

  /** Parses a SMILES; throws with a user-facing reason when it is not valid. */
  public static IAtomContainer parse(String smiles) throws FeaturizationException {
    String s = smiles.strip();
    if (s.isEmpty()) {
      throw new FeaturizationException("empty SMILES");
    }
    try {
      IAtomContainer molecule = PARSER.get().parseSmiles(s);
      if (molecule.getAtomCount() == 0) {
        throw new FeaturizationException("SMILES " + InputEcho.quote(s) + " has no atoms");
      }
      checkSize(molecule, s);
      return molecule;
    } catch (InvalidSmilesException e) {
      throw new FeaturizationException(
          "invalid SMILES " + InputEcho.quote(s) + ": "
              + InputEcho.oneLine(parserReason(e.getMessage())));
    }
  }

  /** Most hydrogens one atom can carry in a real compound ([ReH9]2- has nine). */
  static final int MAX_HYDROGENS_PER_ATOM = 12;
  /** Most atoms, hydrogens included, of a molecule or repeat unit the featurizers accept. */
  static final int MAX_ATOMS = 5_000;

  /**
   * Refuses molecules no table of materials holds but that would exhaust memory later: a bracket
   * atom such as "[CH888888888]" makes descriptors add that many explicit hydrogens.
   */
  private static void checkSize(IAtomContainer molecule, String smiles)
      throws FeaturizationException {
    long atoms = molecule.getAtomCount();
    for (IAtom atom : molecule.atoms()) {
      Integer hydrogens = atom.getImplicitHydrogenCount();
      if (hydrogens != null && (hydrogens < 0 || hydrogens > MAX_HYDROGENS_PER_ATOM)) {
        throw new FeaturizationException("invalid SMILES " + InputEcho.quote(smiles) + ": an atom"
            + " with " + hydrogens + " hydrogens (at most " + MAX_HYDROGENS_PER_ATOM
            + " are plausible)");
      }
      atoms += hydrogens == null ? 0 : hydrogens;
    }
    if (atoms > MAX_ATOMS) {
      throw new FeaturizationException("invalid SMILES " + InputEcho.quote(smiles) + ": " + atoms
          + " atoms with hydrogens, more than the " + MAX_ATOMS + " a featurizer accepts");
    }
  }

  /** Canonical (unique) SMILES, the key that matches the same molecule across files. */
  public static String canonical(String smiles) throws FeaturizationException {
    IAtomContainer molecule = parse(smiles);
    try {
      return CANONICAL.get().create(molecule);
    } catch (CDKException e) {
      throw new FeaturizationException(
          "cannot write a canonical SMILES for " + InputEcho.quote(smiles.strip()) + ": "
              + InputEcho.oneLine(firstLine(e.getMessage())));
    }
  }

  /** Number of '*' connection points (0 for a molecule, usually 2 for a polymer repeat unit). */
  public static int connectionPoints(IAtomContainer molecule) {
    int count = 0;
    for (IAtom atom : molecule.atoms()) {
      if (atom instanceof IPseudoAtom || atom.getAtomicNumber() == null || atom.getAtomicNumber() == 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * CDK's parser message without its echo of the input and its ASCII caret, e.g. "Unclosed ring
   * detected, SMILES may be truncated (at character 4)".
   */
  static String parserReason(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    String[] lines = message.split("\n");
    String reason = lines[0].strip();
    if (reason.startsWith("could not parse '")) {
      int end = reason.indexOf("', ");
      if (end > 0) {
        reason = reason.substring(end + 3);
      }
    }
    if (reason.endsWith(":")) {
      reason = reason.substring(0, reason.length() - 1);
    }
    if (lines.length >= 3 && lines[2].strip().equals("^")) {
      reason += " (at character " + (lines[2].indexOf('^') + 1) + ")";
    }
    return reason;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
