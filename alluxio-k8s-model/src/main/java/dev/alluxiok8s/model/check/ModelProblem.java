package dev.alluxiok8s.model.check;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import java.util.Objects;

/**
 * One broken invariant of a cluster model: the attribute path it concerns and what is wrong.
 *
 * <p>The path is relative to the value that found the problem ({@code quota} for a tier
 * directory, {@code masters.count} for a cluster spec). Readers that know where that value sits
 * in a document prefix it, so a user sees {@code spec.tieredStore.levels[1].directories[0].quota}.
 */
public record ModelProblem(String path, String message) {

  public ModelProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** This problem as seen from a parent value, at {@code prefix} (a path, or empty). */
  public ModelProblem under(String prefix) {
    return new ModelProblem(PathJoiner.join(prefix, path), message);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
