package org.sim2real.ui.common;

import java.util.Objects;

/**
 * Keeps the study's target error ({@link CurrentAnalysis#targetProperty()}) in the project: a
 * project opened brings its target to every step, and a target set on any step is saved with the
 * project (and marks it modified). FX thread only.
 */
public final class ProjectTarget {
  private ProjectTarget() {}

  public static void link(ProjectSession session, CurrentAnalysis current) {
    current.targetProperty().set(session.project().targetError());
    session.projectProperty().addListener((obs, old, now) -> {
      if (!Objects.equals(now.targetError(), current.targetProperty().get())) {
        current.targetProperty().set(now.targetError());
      }
    });
    current.targetProperty().addListener((obs, old, now) -> {
      if (!Objects.equals(now, session.project().targetError())) {
        session.update(p -> p.withTargetError(now));
      }
    });
  }
}
