/**
 * Featurization: parsing formulas and SMILES and turning them into numeric feature matrices
 * (element fractions, composition statistics, molecular descriptors). Its place in the
 * architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.core.feature;

import org.jspecify.annotations.NullMarked;
