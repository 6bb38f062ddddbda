package org.sim2real.core.scaling.fit;

import org.sim2real.core.scaling.curve.Estimate;

/**
 * Gain over scratch at one measured n: E0(m) - E(n, m) from the measured means, with a 90% interval
 * from the study's paired draws (the same repetitions and test rows for baseline and transfer).
 *
 * @param beatsScratch the gain's 90% interval lies above 0: transfer is better than scratch beyond
 *     the noise of repetitions and test set
 */
public record TransferGain(
    long n, Estimate gain, NegativeTransfer negativeTransfer, boolean beatsScratch) {}
