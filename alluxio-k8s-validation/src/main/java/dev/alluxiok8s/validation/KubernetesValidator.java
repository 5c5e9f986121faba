package dev.alluxiok8s.validation;

import dev.alluxiok8s.properties.catalog.Catalogs;
import dev.alluxiok8s.properties.check.PropertyChecker;
import dev.alluxiok8s.validation.alluxio.JavaOptsRules;
import dev.alluxiok8s.validation.bundle.BundleRules;
import dev.alluxiok8s.validation.bundle.ExternalReference;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.manifest.Manifest;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.validation.podsecurity.PodSecurityRules;
import dev.alluxiok8s.validation.practices.PracticeRules;
import dev.alluxiok8s.validation.rules.ObjectRules;
import dev.alluxiok8s.validation.structure.StructureValidator;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Validates Kubernetes objects offline, the way the API server and the kubelet would judge them, and
 * more: API structure (from the bundled client models), API-server rules, cross-object references, Pod
 * Security Standards and operational practices.
 *
 * <pre>{@code
 * KubernetesValidator validator = KubernetesValidator.builder()
 *     .kubernetesVersion(KubernetesVersion.of(1, 36))
 *     .externalReference(ExternalReference.secret("s3-credentials"))
 *     .build();
 * ValidationReport report = validator.validate(Manifests.read(Path.of("deploy/")));
 * report.errors().forEach(System.err::println);
 * }</pre>
 *
 * <p>A validator is immutable and thread-safe; build it once and reuse it.
 */
public final class KubernetesValidator {

  private final KubernetesVersion version;
  private final StructureValidator structure;
  private final ObjectRules rules;
  private final BundleRules bundle;
  private final PodSecurityRules podSecurity;
  private final boolean practices;
  private final Optional<JavaOptsRules> javaOpts;

  private KubernetesValidator(Builder b) {
    this.version = b.version;
    this.structure = StructureValidator.create();
    this.rules = new ObjectRules(b.version);
    this.bundle = new BundleRules(b.external);
    this.podSecurity = new PodSecurityRules(b.version, b.requiredLevel, b.requiredLevelByObject);
    this.practices = b.practices;
    this.javaOpts = b.alluxioProperties
        ? Optional.of(new JavaOptsRules(new PropertyChecker(Catalogs.newest()))) : Optional.empty();
  }

  /** A builder with the defaults: Kubernetes 1.36, baseline required, practices on, no external objects. */
  public static Builder builder() {
    return new Builder();
  }

  /** The release whose rules apply. */
  public KubernetesVersion kubernetesVersion() {
    return version;
  }

  /** Validates a set of objects together (cross-object rules see all of them). */
  public ValidationReport validate(List<Manifest> manifests) {
    List<Diagnostic> sink = new ArrayList<>();
    List<ObjectCheck> checks = new ArrayList<>(manifests.size());
    for (int i = 0; i < manifests.size(); i++) {
      Manifest m = manifests.get(i);
      ObjectCheck check = new ObjectCheck(m.tree(), refOf(m.tree(), i), m.locator(), sink);
      checks.add(check);
      if (structure.validate(check)) {
        rules.check(check);
        podSecurity.check(check);
        if (practices) {
          PracticeRules.check(check);
        }
        javaOpts.ifPresent(rules -> rules.check(check));
      }
    }
    bundle.check(checks);
    return new ValidationReport(sink);
  }

  /** Validates objects given as plain trees (for example straight from the renderer). */
  public ValidationReport validateTrees(List<Map<String, Object>> trees) {
    return validate(trees.stream().map(Manifest::of).toList());
  }

  private static ObjectRef refOf(Map<String, Object> tree, int index) {
    Map<String, Object> meta = Trees.map(tree, "metadata");
    String name = Trees.string(meta, "name");
    if (name == null) {
      name = Objects.toString(Trees.string(meta, "generateName"), "");
    }
    return new ObjectRef(
        Objects.toString(Trees.string(tree, "apiVersion"), ""),
        Objects.toString(Trees.string(tree, "kind"), ""),
        Objects.toString(Trees.string(meta, "namespace"), ""),
        name,
        index);
  }

  /** Configures a {@link KubernetesValidator}. */
  public static final class Builder {

    private KubernetesVersion version = KubernetesVersion.DEFAULT;
    private final Set<ExternalReference> external = new LinkedHashSet<>();
    private PodSecurityLevel requiredLevel = PodSecurityLevel.BASELINE;
    private final Map<String, PodSecurityLevel> requiredLevelByObject = new HashMap<>();
    private boolean practices = true;
    private boolean alluxioProperties;

    private Builder() {}

    /** The Kubernetes release whose version-dependent rules apply (default {@link KubernetesVersion#DEFAULT}). */
    public Builder kubernetesVersion(KubernetesVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** An object the set may refer to without containing it. */
    public Builder externalReference(ExternalReference reference) {
      external.add(Objects.requireNonNull(reference, "reference"));
      return this;
    }

    /** Objects the set may refer to without containing them. */
    public Builder externalReferences(Collection<ExternalReference> references) {
      references.forEach(this::externalReference);
      return this;
    }

    /**
     * The Pod Security level every workload must reach unless it declares an exemption (default {@link
     * PodSecurityLevel#BASELINE}).
     */
    public Builder requiredPodSecurityLevel(PodSecurityLevel level) {
      this.requiredLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * The Pod Security level one workload must reach, overriding the default; the renderer uses it to
     * hold masters to restricted while workers and FUSE declare exemptions.
     *
     * @param kind the workload's kind, for example StatefulSet
     * @param name the workload's metadata.name
     * @param level the level it must reach
     */
    public Builder requiredPodSecurityLevel(String kind, String name, PodSecurityLevel level) {
      requiredLevelByObject.put(
          Objects.requireNonNull(kind, "kind") + "/" + Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(level, "level"));
      return this;
    }

    /** Whether to report practice warnings (default true). */
    public Builder practices(boolean enabled) {
      this.practices = enabled;
      return this;
    }

    /**
     * Whether to check the Alluxio properties in ConfigMaps' {@code ALLUXIO_*_JAVA_OPTS} against
     * Alluxio's property catalog (default false: a renderer checks its spec's properties itself).
     */
    public Builder alluxioProperties(boolean enabled) {
      this.alluxioProperties = enabled;
      return this;
    }

    /** The validator. */
    public KubernetesValidator build() {
      return new KubernetesValidator(this);
    }
  }
}
