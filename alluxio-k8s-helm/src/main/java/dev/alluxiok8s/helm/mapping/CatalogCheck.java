package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.helm.values.Values;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.properties.catalog.Catalogs;
import dev.alluxiok8s.properties.catalog.Role;
import dev.alluxiok8s.properties.check.PropertyChecker;
import java.util.Map;
import java.util.Optional;

/**
 * The chart's {@code properties} and each component's checked against Alluxio's property catalog,
 * at the values key, in the same run as the import's other problems: the chart passed them through
 * unchecked, so a misspelt key or an {@code "on"} for a boolean came through too. The catalog is
 * the one of the values' Alluxio image tag (the chart line's default when the file gives none).
 */
final class CatalogCheck {

  /** A component's properties block -> the process that reads it. */
  private static final Map<String, Role> ROLES = Map.of(
      "master.properties", Role.MASTER, "jobMaster.properties", Role.JOB_MASTER,
      "worker.properties", Role.WORKER, "jobWorker.properties", Role.JOB_WORKER, "fuse.properties", Role.CLIENT);

  private final Values values;
  private final PropertyChecker checker;

  CatalogCheck(MappingContext c) {
    this.values = c.values;
    Catalogs.Selection selection = Catalogs.forImageTag(c.values.string("imageTag").orElse(c.defaults.imageTag()));
    this.checker = new PropertyChecker(selection.catalog());
    // Once per import: the top-level properties are read once, so the note is given there.
    selection.note().ifPresent(note -> c.values.at("imageTag").ifPresentOrElse(
        n -> values.report(n, Diagnostic.warning("", note).withRuleId(PropertyChecker.CATALOG)),
        () -> values.warnFile("imageTag: " + note)));
  }

  /** Checks property {@code key} of block {@code block} ({@code properties}, {@code worker.properties}, ...). */
  void check(String block, String key, ValueNode node, String value) {
    Optional<Role> role = Optional.ofNullable(ROLES.get(block));
    checker.check(node.path(), key, value, role).forEach(d -> values.report(node, d));
  }
}
