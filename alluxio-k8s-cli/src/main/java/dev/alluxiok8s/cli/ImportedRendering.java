package dev.alluxiok8s.cli;

import dev.alluxiok8s.helm.GeneratedSecret;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.naming.Naming;
import io.kubernetes.client.openapi.models.V1Secret;
import java.util.TreeMap;

/**
 * Joins a Helm import to the renderer. The import gives plain data (the cluster, the Secret data
 * it generated, the chart's journal claim) and knows nothing of rendering; here that data
 * becomes a Secret object with the cluster's labels, placed before the workloads that read it,
 * and the user's choice of object names becomes a {@link Naming}.
 */
final class ImportedRendering {

  private ImportedRendering() {}

  /** The chart's object names (to take a chart's deployment over in place), or the modern ones. */
  static Naming naming(HelmImport imported, boolean chartNames) {
    return chartNames ? Naming.chart(imported.chartJournalClaim()) : Naming.modern();
  }

  /** A renderer builder naming objects by {@code naming} that emits the generated Secrets right after the ConfigMap. */
  static ManifestRenderer.Builder rendererBuilder(HelmImport imported, Naming naming) {
    // The import reported property warnings at the values keys already.
    ManifestRenderer.Builder builder = ManifestRenderer.builder().naming(naming).propertyWarnings(false);
    Metadata metadata = new Metadata(imported.cluster());
    for (GeneratedSecret secret : imported.generatedSecrets()) {
      builder.leadingObject(new DraftObject(Component.CREDENTIALS, new V1Secret().apiVersion("v1").kind("Secret")
          .metadata(metadata.of(Component.CREDENTIALS, secret.name()))
          .type("Opaque")
          .stringData(new TreeMap<>(secret.stringData()))));
    }
    return builder;
  }
}
