package org.sim2real.core.model;

/** The kind of learner a {@link ModelSpec} describes; strategies apply to one or both. */
public enum ModelFamily {
  /** The workbench's own fp32 MLP. */
  MLP,
  /** Tree ensembles and kernel models from Smile. */
  TABULAR
}
