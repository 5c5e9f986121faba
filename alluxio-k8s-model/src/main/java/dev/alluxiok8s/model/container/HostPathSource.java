package dev.alluxiok8s.model.container;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A node directory or file ({@code hostPath}). It takes the pods below Pod Security baseline, so
 * the component must declare a privileged exemption ({@code podSecurity}); the directory obeys
 * {@link SafePaths}, so that no spec reaches the node's system or its container runtime.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHostPathSource.class)
@JsonDeserialize(as = ImmutableHostPathSource.class)
public interface HostPathSource {

  /** Kubernetes' hostPath types. */
  List<String> TYPES = List.of("", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice",
      "BlockDevice");

  String path();

  Optional<String> type();

  static HostPathSource of(String path) {
    return ImmutableHostPathSource.builder().path(path).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("HostPathSource");
    SafePaths.checkNodePath(problems, "path", path());
    type().ifPresent(t -> problems.require(TYPES.contains(t), "type", "\"" + t + "\" is not a hostPath type; use one of "
        + String.join(", ", TYPES.subList(1, TYPES.size()))));
    problems.throwIfAny();
  }
}
