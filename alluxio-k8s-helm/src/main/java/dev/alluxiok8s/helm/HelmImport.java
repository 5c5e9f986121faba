package dev.alluxiok8s.helm;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.schema.file.SpecWriter;
import java.util.List;
import java.util.Optional;

/**
 * A values file of Alluxio's Helm chart, imported: the cluster it describes, the Secret that now
 * holds the credentials it carried as literal properties, and what the user should know.
 *
 * <pre>{@code
 * HelmImport imported = HelmValuesImport.create().read(Path.of("config.yaml"));
 * imported.warnings().forEach(w -> System.err.println(DiagnosticFormat.line(w, "")));
 * imported.generatedSecrets();   // the Secret data to render before the workloads
 * imported.chartJournalClaim();  // for rendering under the chart's object names
 * }</pre>
 *
 * <p>The import knows nothing of rendering: it gives the model and plain data, and the caller
 * (the command line's {@code render --helm-values}) builds the Secret object and chooses the
 * object names. {@link #specYaml()} gives the cluster as a spec file, to keep working from
 * instead of the values file. Neither {@link #toString()} nor the warnings contain a
 * credential's value.
 */
public final class HelmImport {

  private final AlluxioCluster cluster;
  private final List<GeneratedSecret> generatedSecrets;
  private final List<Diagnostic> warnings;
  private final ChartLine chartLine;
  private final String chartJournalClaim;

  HelmImport(AlluxioCluster cluster, List<GeneratedSecret> generatedSecrets, List<Diagnostic> warnings,
      ChartLine chartLine, String chartJournalClaim) {
    this.cluster = cluster;
    this.generatedSecrets = List.copyOf(generatedSecrets);
    this.warnings = List.copyOf(warnings);
    this.chartLine = chartLine;
    this.chartJournalClaim = chartJournalClaim;
  }

  /** The cluster, with the chart line's defaults applied and its credentials referenced from Secrets. */
  public AlluxioCluster cluster() {
    return cluster;
  }

  /**
   * The Secrets the import made: {@code <name>-ufs-credentials} when the values held literal
   * credentials, else none. They hold the values; treat them as secrets.
   */
  public List<GeneratedSecret> generatedSecrets() {
    return generatedSecrets;
  }

  /** Keys the chart ignores, components not rendered, credentials moved, exemptions declared. */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** The chart line the file was read as (detected, or as given). */
  public ChartLine chartLine() {
    return chartLine;
  }

  /**
   * The journal claim's name under the chart's object names, for taking a chart's deployment
   * over in place: the 0.5.x file's {@code journal.pvcName} (by default {@code alluxio-pv-claim}),
   * or the claim chart 0.6.x made for its single master ({@code alluxio-journal-alluxio-master-0}).
   * The other object names follow from the cluster's name alone.
   */
  public String chartJournalClaim() {
    return chartJournalClaim;
  }

  /** The generated Secret named {@code name}, if the import made one. */
  public Optional<GeneratedSecret> generatedSecret(String name) {
    return generatedSecrets.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The cluster as a spec file (credentials stay references to the Secret). */
  public String specYaml() {
    return SpecWriter.create().write(cluster);
  }

  @Override
  public String toString() {
    return "HelmImport[" + cluster.name() + ", chart " + chartLine + ", " + generatedSecrets.size()
        + " generated Secret(s), " + warnings.size() + " warning(s)]";
  }
}
