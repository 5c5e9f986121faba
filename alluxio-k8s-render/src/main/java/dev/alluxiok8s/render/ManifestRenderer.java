package dev.alluxiok8s.render;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.property.CatalogFindings;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.render.naming.Naming;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.object.RenderedObject;
import dev.alluxiok8s.render.output.AtomicFolderWriter;
import dev.alluxiok8s.render.output.OutputException;
import dev.alluxiok8s.render.output.Overwrite;
import dev.alluxiok8s.render.provenance.SpecTrace;
import dev.alluxiok8s.render.validation.ExternalObjects;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.validation.ValidationReport;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole path from a cluster to files: render, validate, lay out, write atomically. It refuses
 * to produce output that the API server would reject or that falls below the Pod Security level
 * without a declared exemption, unless told otherwise.
 *
 * <pre>{@code
 * ManifestRenderer renderer = ManifestRenderer.builder().build();
 * RenderResult result = renderer.render(cluster);          // throws InvalidManifestsException
 * renderer.write(cluster, Path.of("deploy"), Layout.KUBECTL, Overwrite.IF_MARKED);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ManifestRenderer {

  private final ClusterRenderer renderer;
  private final KubernetesVersion version;
  private final boolean allowInvalid;
  private final boolean propertyWarnings;

  private ManifestRenderer(Builder builder) {
    ClusterRenderer r = ClusterRenderer.create().naming(builder.naming);
    for (DraftObject o : builder.leading) {
      r = r.withLeadingObject(o);
    }
    for (Customization c : builder.customizations) {
      r = r.with(c);
    }
    this.renderer = r;
    this.version = builder.version;
    this.allowInvalid = builder.allowInvalid;
    this.propertyWarnings = builder.propertyWarnings;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Renders and validates {@code cluster}. */
  public RenderResult render(AlluxioCluster cluster) throws InvalidManifestsException {
    RenderedCluster rendered = renderer.render(cluster);
    KubernetesValidator.Builder validator = KubernetesValidator.builder()
        .kubernetesVersion(version)
        .externalReferences(ExternalObjects.of(cluster.spec()));
    if (mastersCanBeRestricted(cluster)) {
      validator.requiredPodSecurityLevel("StatefulSet", rendered.names().masters(), PodSecurityLevel.RESTRICTED);
    }
    // Findings on fields the spec shaped are reported at the spec attribute, in the spec's words.
    List<Map<String, Object>> trees = rendered.trees();
    ValidationReport report = validator.build().validateTrees(trees)
        .map(SpecTrace.of(cluster.spec(), rendered.objects().stream().map(RenderedObject::component).toList(),
            trees)::explain)
        // What the model holds valid but doubtful in Alluxio's own configuration (deprecated keys,
        // keys set for a process that does not read them), at the spec's attributes.
        .plus(propertyWarnings ? CatalogFindings.warnings(cluster.spec()).stream().map(d -> d.under("spec")).toList()
            : List.of())
        // The renderer's own warnings (exemptions the output declares, a demo volume to pin).
        .plus(rendered.warnings());
    if (report.hasErrors() && !allowInvalid) {
      throw new InvalidManifestsException(report);
    }
    return new RenderResult(rendered, report);
  }

  /**
   * Masters need nothing of the node, so they are held to the restricted level unless the spec
   * declares an exemption or puts them on host networking; where the spec makes them fall below
   * it (running as root, the demo hostPath journal volume) the renderer declares the exemption
   * on the StatefulSet with its reason and warns (see {@link RenderedCluster#warnings()}).
   */
  private static boolean mastersCanBeRestricted(AlluxioCluster cluster) {
    var spec = cluster.spec();
    return spec.masters().podSecurity().isEmpty() && !spec.masters().hostNetwork();
  }

  /** Renders, validates and writes {@code cluster} into {@code folder}, whole or not at all. */
  public RenderResult write(AlluxioCluster cluster, Path folder, Layout layout, Overwrite overwrite)
      throws InvalidManifestsException, OutputException {
    RenderResult result = render(cluster);
    new AtomicFolderWriter().write(folder, result.files(layout), overwrite);
    return result;
  }

  /** Configures a {@link ManifestRenderer}. */
  public static final class Builder {

    private final List<Customization> customizations = new ArrayList<>();
    private KubernetesVersion version = KubernetesVersion.DEFAULT;
    private boolean allowInvalid;
    private boolean propertyWarnings = true;
    private Naming naming = Naming.modern();
    private final List<DraftObject> leading = new ArrayList<>();

    private Builder() {}

    /** How objects are named; {@link Naming#modern()} unless set. */
    public Builder naming(Naming scheme) {
      this.naming = java.util.Objects.requireNonNull(scheme, "scheme");
      return this;
    }

    /** An object emitted right after the ConfigMap, before the workloads (see {@link ClusterRenderer#withLeadingObject}). */
    public Builder leadingObject(DraftObject object) {
      leading.add(java.util.Objects.requireNonNull(object, "object"));
      return this;
    }

    /** The Kubernetes release whose rules the output must meet. */
    public Builder kubernetesVersion(KubernetesVersion kubernetesVersion) {
      this.version = kubernetesVersion;
      return this;
    }

    /** A change applied to the typed objects before validation. */
    public Builder customization(Customization customization) {
      customizations.add(customization);
      return this;
    }

    /** Produce output even when validation finds errors (they stay in the report). For experts. */
    public Builder allowInvalidOutput(boolean allow) {
      this.allowInvalid = allow;
      return this;
    }

    /**
     * Whether the report carries the warnings about the cluster's Alluxio properties (deprecated
     * keys, keys a process does not read); true unless set. An importer that reported them at its
     * own input's keys turns them off, so they are not said twice.
     */
    public Builder propertyWarnings(boolean report) {
      this.propertyWarnings = report;
      return this;
    }

    public ManifestRenderer build() {
      return new ManifestRenderer(this);
    }
  }
}
