package org.sim2real.core.scaling.fit;

import org.sim2real.core.scaling.curve.Estimate;

/**
 * Gain over scratch at one measured n: E0(m) - E(n, m) from the measured means, with a 90% interval
 * from paired resamples of repetitions (the same repetitions for baseline and transfer).
 *
 * @param beatsScratch the transfer point's upper 90% bound lies below the scratch mean's lower bound
 */
public record TransferGain(
    long n, Estimate gain, NegativeTransfer negativeTransfer, boolean beatsScratch) {}
