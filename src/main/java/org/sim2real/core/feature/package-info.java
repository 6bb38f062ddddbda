/**
 * Featurization: parsing formulas and SMILES and turning them into numeric feature rows
 * (element fractions, composition statistics, molecular descriptors), stored compactly
 * ({@link org.sim2real.core.feature.CompactFeatureRows}) and read through views. Its place in the
 * architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.core.feature;

import org.jspecify.annotations.NullMarked;
