package dev.alluxiok8s.model.property;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.properties.catalog.Catalogs;
import dev.alluxiok8s.properties.catalog.PropertyCatalog;
import dev.alluxiok8s.properties.catalog.Role;
import dev.alluxiok8s.properties.check.PropertyChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A spec's Alluxio properties checked against the catalog of its Alluxio image: unknown keys and
 * values of the wrong type are errors ({@code ClusterSpec} refuses them with its other problems);
 * deprecated keys, aliases, keys set for a process that does not read them and an Alluxio version
 * without a catalog are warnings, which the renderer reports with its own findings. Paths are the
 * spec's ({@code masters.master.properties."alluxio.worker.tieredstore.levels"}).
 *
 * <p>The cluster-wide {@code properties} reach every process, so they have no role to be outside of.
 */
public final class CatalogFindings {

  private CatalogFindings() {}

  /** Every finding, errors and warnings, in the order of the spec's property sets. */
  public static List<Diagnostic> of(ClusterSpec spec) {
    Catalogs.Selection selection = Catalogs.forImageTag(spec.images().alluxio().tag());
    PropertyChecker checker = new PropertyChecker(selection.catalog());
    List<Diagnostic> found = new ArrayList<>();
    selection.note().ifPresent(note ->
        found.add(Diagnostic.warning("images.alluxio.tag", note).withRuleId(PropertyChecker.CATALOG)));
    check(checker, found, "properties", spec.properties(), Optional.empty());
    check(checker, found, "masters.master.properties", spec.masters().master().properties(), Optional.of(Role.MASTER));
    check(checker, found, "masters.jobMaster.properties", spec.masters().jobMaster().properties(), Optional.of(Role.JOB_MASTER));
    check(checker, found, "workers.worker.properties", spec.workers().worker().properties(), Optional.of(Role.WORKER));
    check(checker, found, "workers.jobWorker.properties", spec.workers().jobWorker().properties(), Optional.of(Role.JOB_WORKER));
    check(checker, found, "fuse.properties", spec.fuse().properties(), Optional.of(Role.CLIENT));
    return found;
  }

  /** The warnings alone, for a report of a valid spec. */
  public static List<Diagnostic> warnings(ClusterSpec spec) {
    return of(spec).stream().filter(d -> d.severity() != Severity.ERROR).toList();
  }

  private static void check(PropertyChecker checker, List<Diagnostic> found, String path,
      SortedMap<String, String> properties, Optional<Role> role) {
    for (Map.Entry<String, String> e : properties.entrySet()) {
      if (PropertyRules.refuses(e.getKey(), e.getValue())) {
        continue; // already refused at this attribute by the spec's own checks; one problem, one message
      }
      String at = PathJoiner.key(path, e.getKey());
      found.addAll(checker.check(at, e.getKey(), e.getValue(), role));
      // An old name of a property alluxio-k8s computes would quietly fight the computed one.
      checker.catalog().find(e.getKey()).filter(l -> l.via() == PropertyCatalog.Via.ALIAS)
          .flatMap(l -> ManagedProperties.ownerOf(l.definition().name()).map(owner -> Diagnostic.error(at,
              "is an old name of " + l.definition().name() + ", which is computed from " + owner + "; set that instead")
              .withRuleId(SpecRule.MANAGED_PROPERTY.id())))
          .ifPresent(found::add);
    }
  }
}
