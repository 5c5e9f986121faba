package dev.alluxiok8s.maven;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.upgrade.UpgradeCheck;
import dev.alluxiok8s.upgrade.UpgradeInput;
import dev.alluxiok8s.upgrade.UpgradeReport;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.ChangeClass;
import dev.alluxiok8s.validation.manifest.Manifest;
import dev.alluxiok8s.validation.manifest.ManifestParseException;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the render with a previous one before it is applied, and fails the build on a change
 * the API server refuses or one that puts Alluxio's journal at risk, unless told otherwise. Logs
 * each finding as {@code [ERROR] FILE:LINE:COL: error: Kind/name: path: CLASS: reason [RULE]} and
 * the ordered plan.
 */
@Mojo(name = "check-upgrade", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckUpgradeMojo extends AbstractAlluxioK8sMojo {

  /** The manifests deployed today: a folder or a file (for example the render of the last release, kept in the repository). */
  @Parameter(property = "alluxio-k8s.previous", required = true)
  private File previous;

  /** The manifests to apply next; by default the rendered {@code <outputDirectory>/<layout>}. */
  @Parameter(property = "alluxio-k8s.manifestDirectories")
  private List<File> manifestDirectories = new ArrayList<>();

  /** Storage classes of the cluster that allow claim expansion ({@code allowVolumeExpansion: true}). */
  @Parameter
  private List<String> expandableStorageClasses = new ArrayList<>();

  /** Do not fail on changes that put data at risk (they are still logged, with the steps). */
  @Parameter(property = "alluxio-k8s.allowDataAtRisk", defaultValue = "false")
  private boolean allowDataAtRisk;

  /** Do not fail on changes the API server refuses (they are still logged, with the workaround). */
  @Parameter(property = "alluxio-k8s.allowRefused", defaultValue = "false")
  private boolean allowRefused;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping alluxio-k8s:check-upgrade (alluxio-k8s.skip is set)");
      return;
    }
    List<File> next = manifestDirectories.isEmpty() ? List.of(renderedDirectory(layout())) : manifestDirectories;
    UpgradeInput before = read("<previous>", List.of(previous));
    UpgradeInput after = read("<manifestDirectories>", next);
    UpgradeReport report = UpgradeCheck.create().expandableStorageClasses(new TreeSet<>(expandableStorageClasses))
        .applyStep("apply the new manifests: kubectl apply -f " + next.get(0))
        .check(before, after);
    for (Diagnostic d : report.findings()) {
      List<String> lines = DiagnosticFormat.lines(d, next.get(0).toString(), PomWording.INSTANCE);
      if (d.severity() == Severity.ERROR) {
        lines.forEach(getLog()::error);
      } else if (d.severity() == Severity.WARNING) {
        lines.forEach(getLog()::warn);
      } else {
        lines.forEach(getLog()::info);
      }
    }
    getLog().info("Upgrade plan:");
    report.plan().lines().forEach(getLog()::info);
    Set<ChangeClass> failing = new TreeSet<>();
    if (!allowDataAtRisk) {
      failing.add(ChangeClass.DATA_AT_RISK);
    }
    if (!allowRefused) {
      failing.add(ChangeClass.REFUSED_BY_API_SERVER);
    }
    long blocking = report.changes().stream().map(Change::changeClass).filter(failing::contains).count();
    if (blocking > 0) {
      throw new MojoFailureException(blocking + " change(s) refused by the API server or putting data at risk; follow"
          + " the plan above, or set <allowRefused>true</allowRefused> / <allowDataAtRisk>true</allowDataAtRisk>");
    }
  }

  private UpgradeInput read(String element, List<File> inputs) throws MojoExecutionException, MojoFailureException {
    List<Manifest> manifests = new ArrayList<>();
    for (File input : inputs) {
      if (!input.exists()) {
        throw new MojoExecutionException(input + " does not exist; check " + element);
      }
      try {
        manifests.addAll(Manifests.read(input.toPath()));
      } catch (ManifestParseException e) {
        log(e.diagnostics(), "");
        throw new MojoFailureException(input + " could not be read; see the error above");
      } catch (IOException e) {
        throw new MojoExecutionException(input + " cannot be read: " + e.getMessage(), e);
      }
    }
    return UpgradeInput.manifests(inputs.get(0).toString(), manifests);
  }
}
