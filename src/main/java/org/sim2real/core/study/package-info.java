/**
 * Scaling studies: the design and its JSON file, the plan of cells, nested subsampling, the runner
 * and executor, the ledger of finished cells, the pretrained-model cache and the result tables;
 * a study pretrains on one simulation dataset or on several named sources that share the
 * experiment and the scratch baseline ({@link org.sim2real.core.study.SimulationSource}).
 * Its place in the architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.core.study;

import org.jspecify.annotations.NullMarked;
