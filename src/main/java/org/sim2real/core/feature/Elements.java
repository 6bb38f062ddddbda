package org.sim2real.core.feature;

import java.util.HashMap;
import java.util.Map;

/** Element symbols Z = 1..103 (H..Lr), the range every composition featurizer covers. */
public final class Elements {
  public static final int COUNT = 103;

  private static final String[] SYMBOLS =
      ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn "
              + "Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce "
              + "Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn "
              + "Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr")
          .split(" ");

  private static final Map<String, Integer> NUMBER_OF = new HashMap<>();

  static {
    if (SYMBOLS.length != COUNT) {
      throw new AssertionError("element table has " + SYMBOLS.length + " symbols");
    }
    for (int i = 0; i < SYMBOLS.length; i++) {
      NUMBER_OF.put(SYMBOLS[i], i + 1);
    }
  }

  private Elements() {}

  /** Atomic number of a symbol such as "Fe", or 0 when it is not an element of 1..103. */
  public static int atomicNumber(String symbol) {
    Integer z = NUMBER_OF.get(symbol);
    return z == null ? 0 : z;
  }

  /** Symbol of atomic number z (1..103). */
  public static String symbol(int z) {
    return SYMBOLS[z - 1];
  }
}
