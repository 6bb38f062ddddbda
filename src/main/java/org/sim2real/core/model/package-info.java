/**
 * Learners and transfer strategies.
 *
 * <ul>
 *   <li>{@link org.sim2real.core.model.TransferLearning}: {@code pretrain} on simulation rows and
 *       {@code adapt} to experimental rows with a {@link org.sim2real.core.model.TransferStrategy};
 *       {@link org.sim2real.core.model.ModelSpec} says what to train ({@code
 *       ModelSpec.paperProtocolBandgap()} is the reference protocol bandgap-v1, {@code
 *       ModelSpec.defaultMlp()} the workbench default: the same with a pretraining budget that
 *       grows with the rows).
 *   <li>{@link org.sim2real.core.model.MlpNetwork} and {@link org.sim2real.core.model.MlpTrainer}:
 *       the workbench's own float32 MLP with Adam, on a register-blocked JDK Vector API kernel
 *       (scalar fallback when the {@code jdk.incubator.vector} module is absent).
 *   <li>{@link org.sim2real.core.model.TabularRegressor}: Smile gradient boosting, random forest
 *       and Gaussian process, fitted reproducibly on one thread.
 *   <li>{@link org.sim2real.core.model.Metrics}: MAE, RMSE and R2 in double precision.
 * </ul>
 *
 * <p>Every call trains on the calling thread only; parallelism comes from running independent
 * study cells on different threads. Same inputs and seed give bitwise the same numbers (with the
 * same kernel: the vector and scalar kernels round differently).
 */
@NullMarked
package org.sim2real.core.model;

import org.jspecify.annotations.NullMarked;
