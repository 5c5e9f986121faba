package dev.alluxiok8s.upgrade.objects;

import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.validation.finding.SourceLocator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One object of one side of an upgrade: its reference (with its position in that side), its tree
 * with explicit nulls dropped (kubectl reads {@code nodeSelector:} as absent), and where its
 * fields were written, when it was read from a file.
 */
public record DeployedObject(ObjectRef ref, Map<String, Object> tree, SourceLocator locator) {

  public DeployedObject {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(locator, "locator");
  }

  /** Where {@code path} (or its closest written ancestor) is in the file; empty for rendered objects. */
  public Optional<SourceLocation> locate(String path) {
    return locator.locate(path);
  }

  /** What identifies the object to the API server across the two sides. */
  public ObjectKey key() {
    return ObjectKey.of(ref);
  }

  public String kind() {
    return ref.kind();
  }

  public String name() {
    return ref.name();
  }
}
