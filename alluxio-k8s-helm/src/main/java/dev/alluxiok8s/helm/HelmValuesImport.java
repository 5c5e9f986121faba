package dev.alluxiok8s.helm;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.naming.Naming;
import io.kubernetes.client.openapi.models.V1Secret;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a values file of Alluxio's Helm chart (the {@code config.yaml} of Alluxio's Kubernetes
 * guide) into the cluster model, so a deployment made with the chart can switch to alluxio-k8s
 * with one command and keep running the same cluster, minus the chart's bugs.
 *
 * <pre>{@code
 * try {
 *   HelmImport imported = HelmValuesImport.create().chartVersion(ChartVersion.AUTO).read(Path.of("config.yaml"));
 *   imported.warnings().forEach(w -> System.err.println(DiagnosticFormat.line(w, "")));
 * } catch (HelmValuesException e) {
 *   e.diagnostics().forEach(p -> System.err.println(DiagnosticFormat.line(p, "")));
 *   // config.yaml:4:3: error: jounral: unknown key of chart 0.5.x; did you mean "journal"?
 * }
 * }</pre>
 *
 * <p>Every key is mapped onto the model or refused with an error naming it; keys the chart itself
 * ignores, and components alluxio-k8s does not render, are warnings. Literal credentials in
 * {@code properties} are moved into a generated Secret; the guide's placeholders
 * ({@code <under_storage_address>}, {@code <bucket>}, {@code <accessKey>}) are errors. The file is
 * untrusted input: sizes and nesting are bounded and YAML aliases refused, as for spec files.
 * Instances are immutable and thread-safe.
 */
public final class HelmValuesImport {

  /** Keys that only chart 0.5.x has (or that changed type in 0.6.x), for detecting the line. */
  private static final Set<String> ONLY_05 = Set.of("journal.pvcName", "journal.format.job", "domainHostPath",
      "worker.shortCircuitPolicy", "worker.domainHostPath", "worker.ramdisk", "fuse.image", "fuse.imageTag",
      "fuse.imagePullPolicy", "master.resources.ports", "jobMaster.resources.ports", "worker.resources.ports",
      "jobWorker.resources.ports", "master.metastore", "master.replicas");
  /** Keys that only chart 0.6.x has. */
  private static final Set<String> ONLY_06 = Set.of("shortCircuit", "metastore", "master.ports", "jobMaster.ports",
      "worker.ports", "jobWorker.ports", "fuse.enabled", "fuse.mountPoint", "journal.volumeType", "journal.format.runFormat",
      "csi", "logserver", "proxy", "metrics", "worker.fuseEnabled", "imagePullSecrets", "hostAliases", "tolerations",
      "serviceAccount", "master.enabled", "worker.enabled", "configmaps");

  private final ChartVersion version;
  private final ReadLimits limits;

  private HelmValuesImport(ChartVersion version, ReadLimits limits) {
    this.version = version;
    this.limits = limits;
  }

  /** Detects the chart line; the default limits of spec files. */
  public static HelmValuesImport create() {
    return new HelmValuesImport(ChartVersion.AUTO, ReadLimits.defaults());
  }

  /** Reads files as written for {@code chartVersion} ({@link ChartVersion#AUTO} detects it from the keys). */
  public HelmValuesImport chartVersion(ChartVersion chartVersion) {
    return new HelmValuesImport(Objects.requireNonNull(chartVersion, "chartVersion"), limits);
  }

  public HelmValuesImport withLimits(ReadLimits newLimits) {
    return new HelmValuesImport(version, Objects.requireNonNull(newLimits, "newLimits"));
  }

  /** Imports the values file at {@code file}; messages name it as given. */
  public HelmImport read(Path file) throws HelmValuesException, IOException {
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      throw tooLarge(file.toString(), size);
    }
    return read(file.toString(), Files.readAllBytes(file));
  }

  /** Imports {@code content}, naming it {@code source} in messages. */
  public HelmImport read(String source, byte[] content) throws HelmValuesException {
    if (content.length > limits.maxBytes()) {
      throw tooLarge(source, content.length);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new HelmValuesException(List.of(Diagnostic.error("", "the file is not valid UTF-8; save it as UTF-8").at(new SourceLocation(source, 1, 1))));
    }
    return readText(source, text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** Imports already-decoded text, naming it {@code source} in messages. */
  public HelmImport readText(String source, String text) throws HelmValuesException {
    ValuesReader.Result parsed = ValuesReader.read(source, text, limits);
    if (!parsed.problems().isEmpty()) {
      throw new HelmValuesException(parsed.problems());
    }
    Values values = new Values(parsed.root());
    ChartVersion line = detect(values);
    new KeyCheck(values, line).run();
    ValuesMapper.Mapped mapped = new ValuesMapper(values, line).map();
    if (!values.errors().isEmpty()) {
      List<Diagnostic> inFileOrder = new ArrayList<>(values.errors());
      inFileOrder.sort(Comparator.comparingInt((Diagnostic p) -> p.location().orElseThrow().line())
          .thenComparingInt(p -> p.location().orElseThrow().column()));
      throw new HelmValuesException(inFileOrder);
    }
    AlluxioCluster cluster = mapped.cluster();
    List<V1Secret> secrets = new ArrayList<>();
    if (!mapped.credentials().isEmpty()) {
      secrets.add(new V1Secret().apiVersion("v1").kind("Secret")
          .metadata(new Metadata(cluster).of(Component.CREDENTIALS, cluster.name() + "-ufs-credentials"))
          .type("Opaque")
          .stringData(new TreeMap<>(mapped.credentials())));
    }
    Naming naming = mapped.journalClaim() == null ? Naming.chart() : Naming.chart(mapped.journalClaim());
    List<Diagnostic> warnings = new ArrayList<>(values.warnings());
    warnings.sort(Comparator.comparingInt((Diagnostic w) -> w.location().orElseThrow().line())
        .thenComparingInt(w -> w.location().orElseThrow().column()));
    return new HelmImport(cluster, secrets, warnings, line, naming);
  }

  private ChartVersion detect(Values values) {
    if (version != ChartVersion.AUTO) {
      return version;
    }
    List<String> of05 = ONLY_05.stream().filter(values::has).sorted().toList();
    List<String> of06 = ONLY_06.stream().filter(values::has).sorted().toList();
    boolean listJvm = values.at("jvmOptions").filter(n -> n instanceof ValueNode.Sequence).isPresent();
    if (!of05.isEmpty() && (!of06.isEmpty() || listJvm)) {
      values.warnFile("the file mixes keys of chart 0.5.x (" + String.join(", ", of05) + ") and 0.6.x ("
          + String.join(", ", of06) + "); it is read as 0.5.x, the line of Alluxio's guide; pass the chart version "
          + "to choose");
      return ChartVersion.V0_5;
    }
    if (!of06.isEmpty() || listJvm) {
      return ChartVersion.V0_6;
    }
    if (of05.isEmpty()) {
      values.warnFile("no key tells chart 0.5.x from 0.6.x apart; the file is read as 0.5.x, the line of Alluxio's "
          + "guide (its defaults: workers on the host network, image tag 2.2.0-SNAPSHOT); pass the chart version to choose");
    }
    return ChartVersion.V0_5;
  }

  private HelmValuesException tooLarge(String source, long size) {
    return new HelmValuesException(List.of(Diagnostic.error("", "the file has " + size + " bytes; a values file may have at most " + limits.maxBytes()).at(new SourceLocation(source, 1, 1))));
  }
}
