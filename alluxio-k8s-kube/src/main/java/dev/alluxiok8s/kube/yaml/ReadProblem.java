package dev.alluxiok8s.kube.yaml;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * Why a file could not be read: where, at which path (in the reader's {@link PathStyle}, empty for
 * the file as a whole), and what is wrong. Each reader's caller turns it into its own problem type.
 *
 * @param location where the problem was found
 * @param path the path of the value concerned, or empty
 * @param message what is wrong, without the location or path
 */
public record ReadProblem(SourceLocation location, String path, String message) {

  public ReadProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }
}
