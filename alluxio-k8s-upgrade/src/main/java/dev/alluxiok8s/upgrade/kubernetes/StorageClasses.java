package dev.alluxiok8s.upgrade.kubernetes;

import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.ObjectTrees;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The storage classes known to allow claim expansion: those the new manifests define with
 * {@code allowVolumeExpansion: true}, and those the caller vouches for (the cluster's own classes
 * are not in the manifests, and this check never asks the cluster).
 */
public final class StorageClasses {

  private final Set<String> expandable;

  private StorageClasses(Set<String> expandable) {
    this.expandable = Set.copyOf(expandable);
  }

  /** The expandable classes among {@code objects}, plus {@code known}. */
  public static StorageClasses of(List<DeployedObject> objects, Set<String> known) {
    Set<String> names = new TreeSet<>(known);
    for (DeployedObject o : objects) {
      if (o.kind().equals("StorageClass") && "true".equals(ObjectTrees.text(o.tree(), "allowVolumeExpansion"))) {
        names.add(o.name());
      }
    }
    return new StorageClasses(names);
  }

  /** True when claims of {@code storageClass} may grow. */
  public boolean allowsExpansion(String storageClass) {
    return expandable.contains(storageClass);
  }
}
