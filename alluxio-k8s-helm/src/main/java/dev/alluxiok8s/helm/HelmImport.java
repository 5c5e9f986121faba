package dev.alluxiok8s.helm;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.schema.file.SpecWriter;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderedObject;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Naming;
import io.kubernetes.client.openapi.models.V1Secret;
import java.util.List;
import java.util.Optional;

/**
 * A values file of Alluxio's Helm chart, imported: the cluster it describes, the Secret that now
 * holds the credentials it carried as literal properties, and what the user should know.
 *
 * <pre>{@code
 * HelmImport imported = HelmValuesImport.create().read(Path.of("config.yaml"));
 * imported.warnings().forEach(w -> System.err.println(DiagnosticFormat.line(w, "")));
 * ManifestRenderer renderer = imported.rendererBuilder(imported.chartNaming()).build();
 * renderer.write(imported.cluster(), Path.of("deploy"), Layout.KUBECTL, Overwrite.IF_MARKED);
 * }</pre>
 *
 * <p>Render through {@link #rendererBuilder(Naming)}: it places the generated Secret right after
 * the ConfigMap, before the workloads that read it. {@link #specYaml()} gives the cluster as a
 * spec file, to keep working from instead of the values file. Neither {@link #toString()} nor the
 * warnings contain a credential's value.
 */
public final class HelmImport {

  private final AlluxioCluster cluster;
  private final List<V1Secret> generatedSecrets;
  private final List<Diagnostic> warnings;
  private final ChartVersion chartVersion;
  private final Naming chartNaming;

  HelmImport(AlluxioCluster cluster, List<V1Secret> generatedSecrets, List<Diagnostic> warnings,
      ChartVersion chartVersion, Naming chartNaming) {
    this.cluster = cluster;
    this.generatedSecrets = List.copyOf(generatedSecrets);
    this.warnings = List.copyOf(warnings);
    this.chartVersion = chartVersion;
    this.chartNaming = chartNaming;
  }

  /** The cluster, with the chart line's defaults applied and its credentials referenced from Secrets. */
  public AlluxioCluster cluster() {
    return cluster;
  }

  /**
   * The Secrets the import made: {@code <name>-ufs-credentials} when the values held literal
   * credentials, else none. They hold the values in {@code stringData}; treat them as secrets.
   */
  public List<V1Secret> generatedSecrets() {
    return generatedSecrets;
  }

  /** Keys the chart ignores, components not rendered, credentials moved, exemptions declared. */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** The chart line the file was read as (detected, or as given). */
  public ChartVersion chartVersion() {
    return chartVersion;
  }

  /**
   * The naming that keeps the chart's object names for this file, for taking a chart's
   * deployment over in place: the journal claim is the 0.5.x file's {@code journal.pvcName}, or
   * the claim chart 0.6.x made for its single master ({@code alluxio-journal-alluxio-master-0}).
   * {@link Naming#modern()} is the other choice.
   */
  public Naming chartNaming() {
    return chartNaming;
  }

  /** A renderer builder that emits the generated Secrets before the workloads and names objects by {@code naming}. */
  public ManifestRenderer.Builder rendererBuilder(Naming naming) {
    ManifestRenderer.Builder builder = ManifestRenderer.builder().naming(naming);
    for (V1Secret secret : generatedSecrets) {
      builder.leadingObject(new RenderedObject(Component.CREDENTIALS, secret));
    }
    return builder;
  }

  /** The generated Secret named {@code name}, if the import made one. */
  public Optional<V1Secret> generatedSecret(String name) {
    return generatedSecrets.stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst();
  }

  /** The cluster as a spec file (credentials stay references to the Secret). */
  public String specYaml() {
    return SpecWriter.create().write(cluster);
  }

  @Override
  public String toString() {
    return "HelmImport[" + cluster.name() + ", chart " + chartVersion + ", " + generatedSecrets.size()
        + " generated Secret(s), " + warnings.size() + " warning(s)]";
  }
}
