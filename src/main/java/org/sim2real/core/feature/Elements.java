package org.sim2real.core.feature;

/** Element symbols Z = 1..103 (H..Lr), the range every composition featurizer covers. */
public final class Elements {
  public static final int COUNT = 103;

  private static final String[] SYMBOLS =
      ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn "
              + "Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce "
              + "Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn "
              + "Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr")
          .split(" ");

  /**
   * Atomic number by the symbol's letters, for lookups without a String: index (capital - 'A') *
   * 27 + (small - 'a' + 1), or + 0 for a one-letter symbol; 0 = no such element.
   */
  private static final byte[] NUMBER_BY_LETTERS = new byte[26 * 27];

  /** Rank of each Z (index Z) when the symbols are sorted alphabetically. */
  private static final int[] ALPHABETICAL_RANK = new int[COUNT + 1];

  static {
    if (SYMBOLS.length != COUNT) {
      throw new AssertionError("element table has " + SYMBOLS.length + " symbols");
    }
    for (int i = 0; i < SYMBOLS.length; i++) {
      String s = SYMBOLS[i];
      NUMBER_BY_LETTERS[letterIndex(s.charAt(0), s.length() > 1 ? s.charAt(1) : 0)] =
          (byte) (i + 1);
    }
    String[] sorted = SYMBOLS.clone();
    java.util.Arrays.sort(sorted);
    for (int rank = 0; rank < sorted.length; rank++) {
      ALPHABETICAL_RANK[atomicNumber(sorted[rank])] = rank;
    }
  }

  private Elements() {}

  private static int letterIndex(char capital, char small) {
    return (capital - 'A') * 27 + (small == 0 ? 0 : small - 'a' + 1);
  }

  /** Atomic number of a symbol such as "Fe", or 0 when it is not an element of 1..103. */
  public static int atomicNumber(String symbol) {
    int length = symbol.length();
    if (length == 1) {
      return atomicNumber(symbol.charAt(0), (char) 0);
    }
    return length == 2 ? atomicNumber(symbol.charAt(0), symbol.charAt(1)) : 0;
  }

  /**
   * Atomic number of the symbol written {@code capital} (A-Z) and {@code small} (a-z), or
   * {@code small == 0} for a one-letter symbol; 0 when there is no such element.
   */
  public static int atomicNumber(char capital, char small) {
    if (capital < 'A' || capital > 'Z' || (small != 0 && (small < 'a' || small > 'z'))) {
      return 0;
    }
    return NUMBER_BY_LETTERS[letterIndex(capital, small)];
  }

  /** Position of element z (1..103) when the symbols are sorted alphabetically ("Ac" is 0). */
  static int alphabeticalRank(int z) {
    return ALPHABETICAL_RANK[z];
  }

  /** Symbol of atomic number z (1..103). */
  public static String symbol(int z) {
    return SYMBOLS[z - 1];
  }
}
