package dev.alluxiok8s.helm;

import dev.alluxiok8s.helm.mapping.ValuesMapper;
import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.helm.values.Values;
import dev.alluxiok8s.helm.values.ValuesReader;
import dev.alluxiok8s.kube.yaml.ReadException;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.yaml.Utf8;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a values file of Alluxio's Helm chart (the {@code config.yaml} of Alluxio's Kubernetes
 * guide) into the cluster model, so a deployment made with the chart can switch to alluxio-k8s
 * with one command and keep running the same cluster, minus the chart's bugs.
 *
 * <pre>{@code
 * try {
 *   HelmImport imported = HelmValuesImport.create().read(Path.of("config.yaml"));  // or .chartLine(ChartLine.V0_5)
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

  /** The line files are read as; empty: told from the keys each file uses. */
  private final Optional<ChartLine> line;
  private final ReadLimits limits;

  private HelmValuesImport(Optional<ChartLine> line, ReadLimits limits) {
    this.line = line;
    this.limits = limits;
  }

  /** Tells the chart line from the keys of each file; the default limits of spec files. */
  public static HelmValuesImport create() {
    return new HelmValuesImport(Optional.empty(), ReadLimits.defaults());
  }

  /** Reads files as written for {@code chartLine} instead of telling the line from their keys. */
  public HelmValuesImport chartLine(ChartLine chartLine) {
    return new HelmValuesImport(Optional.of(Objects.requireNonNull(chartLine, "chartLine")), limits);
  }

  public HelmValuesImport withLimits(ReadLimits newLimits) {
    return new HelmValuesImport(line, Objects.requireNonNull(newLimits, "newLimits"));
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
      text = Utf8.decode(source, content);
    } catch (ReadException e) {
      throw new HelmValuesException(List.of(ValuesReader.problem(e.problem())));
    }
    return readText(source, text);
  }

  /** Imports already-decoded text, naming it {@code source} in messages. */
  public HelmImport readText(String source, String text) throws HelmValuesException {
    ValuesReader.Result parsed = ValuesReader.read(source, text, limits);
    if (!parsed.problems().isEmpty()) {
      throw new HelmValuesException(parsed.problems());
    }
    Values values = new Values(parsed.root());
    ChartLine chartLine = line.orElseGet(() -> detect(values));
    new KeyCheck(values, chartLine).run();
    ValuesMapper.Mapped mapped = new ValuesMapper(values, chartLine).map();
    if (!values.errors().isEmpty()) {
      List<Diagnostic> inFileOrder = new ArrayList<>(values.errors());
      inFileOrder.sort(Comparator.comparingInt((Diagnostic p) -> p.location().orElseThrow().line())
          .thenComparingInt(p -> p.location().orElseThrow().column()));
      throw new HelmValuesException(inFileOrder);
    }
    List<Diagnostic> warnings = new ArrayList<>(values.warnings());
    warnings.sort(Comparator.comparingInt((Diagnostic w) -> w.location().orElseThrow().line())
        .thenComparingInt(w -> w.location().orElseThrow().column()));
    return new HelmImport(mapped.cluster(), mapped.secret().stream().toList(), warnings, chartLine,
        mapped.journalClaim());
  }

  /** The line whose distinctive keys the file uses; 0.5.x, the guide's line, when both or neither. */
  private static ChartLine detect(Values values) {
    List<String> of05 = ChartLine.V0_5.distinctiveKeys().stream().filter(values::has).sorted().toList();
    List<String> of06 = ChartLine.V0_6.distinctiveKeys().stream().filter(values::has).sorted().toList();
    boolean listJvm = values.at("jvmOptions").filter(n -> n instanceof ValueNode.Sequence).isPresent();
    // jvmOptions as a list tells 0.6.x as surely as a key of its own, so it is named alike.
    List<String> tellingOf06 = listJvm ? concat(of06, "jvmOptions") : of06;
    if (!of05.isEmpty() && !tellingOf06.isEmpty()) {
      values.warnFile("the file mixes keys of chart 0.5.x (" + String.join(", ", of05) + ") and 0.6.x ("
          + String.join(", ", tellingOf06) + "); it is read as 0.5.x, the line of Alluxio's guide; pass the chart "
          + "version to choose");
      return ChartLine.V0_5;
    }
    if (!tellingOf06.isEmpty()) {
      tellChoice(values, ChartLine.V0_6, tellingOf06);
      return ChartLine.V0_6;
    }
    if (!of05.isEmpty()) {
      tellChoice(values, ChartLine.V0_5, of05);
    }
    if (of05.isEmpty()) {
      values.warnFile("no key tells chart 0.5.x from 0.6.x apart; the file is read as 0.5.x, the line of Alluxio's "
          + "guide (its defaults: workers on the host network, image tag 2.2.0-SNAPSHOT); pass the chart version to choose");
    }
    return ChartLine.V0_5;
  }

  /**
   * Says at the first deciding key, in file order, which line auto-detection chose and why: a key
   * the other line reads too (or ignores) would otherwise change meaning without a word, as a
   * chart 0.5.x file that sets {@code fuse.enabled} is read as 0.6.x, whose defaults differ.
   */
  private static void tellChoice(Values values, ChartLine chosen, List<String> deciding) {
    List<ValueNode> nodes = deciding.stream().map(values::at).flatMap(java.util.Optional::stream)
        .sorted(Comparator.comparingInt((ValueNode n) -> n.location().line()).thenComparingInt(n -> n.location().column()))
        .toList();
    if (nodes.isEmpty()) {
      return;
    }
    String others = deciding.size() == 1 ? "" : " (with " + String.join(", ", deciding.stream()
        .filter(k -> !k.equals(nodes.get(0).path())).sorted().toList()) + ")";
    values.warn(nodes.get(0), "the file is read as chart " + chosen.label() + ".x because this key" + others
        + " belongs to that line only (--chart-version auto); its defaults apply to every key left out; pass "
        + "--chart-version " + chosen.other().label() + " if the file was written for chart " + chosen.other().label()
        + ".x");
  }

  private static List<String> concat(List<String> keys, String key) {
    List<String> all = new ArrayList<>(keys);
    all.add(key);
    return all;
  }

  private HelmValuesException tooLarge(String source, long size) {
    return new HelmValuesException(List.of(Diagnostic.error("", "the file has " + size + " bytes; a values file may have at most " + limits.maxBytes()).at(new SourceLocation(source, 1, 1))));
  }
}
