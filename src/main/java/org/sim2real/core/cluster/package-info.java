/**
 * Running a study on a cluster: the folder with the resolved design and the Slurm scripts of a job
 * array of shards and a merge that waits for it, the resources a shard asks for (estimated from
 * the design), and the progress of a submitted study (the shards' ledgers and the queue). Its
 * place in the architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.core.cluster;

import org.jspecify.annotations.NullMarked;
