package dev.alluxiok8s.cli;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.upgrade.UpgradeCheck;
import dev.alluxiok8s.upgrade.UpgradeInput;
import dev.alluxiok8s.upgrade.UpgradeReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alluxio-k8s diff OLD NEW}: what applying NEW over OLD does, before anyone applies it. On
 * standard output: the changed objects as a unified diff of their YAML (credentials hidden), the
 * findings compiler-style at their place in NEW, and the ordered plan. Exit 0 when
 * {@code kubectl apply} and the rolling restarts it starts are all it takes, 1 when a step by hand
 * is needed, 2 on bad input.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two clusters before an upgrade: what is deployed (OLD) and what comes next (NEW).",
      "Each is a cluster spec, rendered manifests (a file, a folder, or - for standard input),",
      "or with --helm-values a chart values file. Prints the unified diff of the changed objects,",
      "the changes the API server refuses or that lose data, and the ordered plan.",
      "Exit 0: kubectl apply (and the rolling restarts it starts) is enough; 1: a step by hand is needed."
    })
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "What is deployed: spec, manifests (file, folder or -), or values.")
  String previous;

  @Parameters(index = "1", paramLabel = "NEW", description = "What comes next: spec, manifests (file, folder or -), or values.")
  String next;

  @Option(names = "--helm-values", description = "Read OLD or NEW as an Alluxio Helm chart values file when it is neither a spec nor manifests.")
  boolean helmValues;

  @Option(
      names = "--chart-version",
      paramLabel = "VERSION",
      defaultValue = "auto",
      description = "With --helm-values, the chart line of the values: 0.5, 0.6 or auto (default: ${DEFAULT-VALUE}).")
  String chartVersion;

  @Option(names = "--chart-names", description = "With --helm-values, keep the chart's object names (to take a chart deployment over).")
  boolean chartNames;

  @Option(
      names = "--expandable-class",
      paramLabel = "CLASS",
      description = "A storage class of the cluster that allows claim expansion (allowVolumeExpansion: true). Repeatable.")
  List<String> expandable = new ArrayList<>();

  @Mixin KubernetesVersionOption kubernetes;

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics(spec.commandLine().getErr());
    if (StandardInput.isNamedBy(previous) && StandardInput.isNamedBy(next)) {
      diagnostics.usage("alluxio-k8s diff", "only one of OLD and NEW can be standard input (-)", "");
      return ExitCodes.USAGE;
    }
    if (!helmValues && (chartNames || !chartVersion.equals("auto"))) {
      diagnostics.usage("alluxio-k8s diff", "--chart-version and --chart-names only apply with --helm-values", "");
      return ExitCodes.USAGE;
    }
    DiffInputs inputs = new DiffInputs(diagnostics, helmValues, chartVersion, chartNames, kubernetes.version, System.in);
    // Both sides are read before giving up, so one run reports every broken input.
    Optional<UpgradeInput> before = inputs.read(previous);
    Optional<UpgradeInput> after = inputs.read(next);
    if (before.isEmpty() || after.isEmpty()) {
      return ExitCodes.USAGE;
    }
    Set<String> classes = new TreeSet<>(expandable);
    UpgradeReport report = UpgradeCheck.create().expandableStorageClasses(classes)
        .applyStep(inputs.applyStep())
        .check(before.get(), after.get());
    print(report, spec.commandLine().getOut(), next);
    return report.needsManualStep() ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private static void print(UpgradeReport report, PrintWriter out, String source) {
    out.print(report.diff());
    if (!report.diff().isEmpty()) {
      out.println();
    }
    report.findings().forEach(d -> out.println(DiagnosticFormat.line(d, source)));
    long manual = report.changes().stream().filter(c -> c.changeClass().needsManualStep()).count();
    out.println(report.changes().size() + " change(s), " + manual + " needing a step by hand");
    out.println();
    out.println("plan:");
    report.plan().lines().forEach(out::println);
  }
}
