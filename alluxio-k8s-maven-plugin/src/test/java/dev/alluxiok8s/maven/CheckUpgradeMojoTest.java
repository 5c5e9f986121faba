package dev.alluxiok8s.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code check-upgrade} goal on manifests as kubectl takes them: what it logs, and when it
 * fails the build (a change the API server refuses, one that puts the journal at risk) unless the
 * POM allows that class of change.
 */
class CheckUpgradeMojoTest {

  /** The masters' StatefulSet, with the Alluxio tag and the selector's label to fill in. */
  private static final String MASTERS = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: alluxio-master, namespace: data}
      spec:
        serviceName: alluxio-master
        replicas: 1
        selector: {matchLabels: {app: %2$s}}
        template:
          metadata: {labels: {app: %2$s}}
          spec: {containers: [{name: alluxio-master, image: "alluxio/alluxio:%1$s"}]}
      """;

  @TempDir
  Path dir;

  private final Mojos.RecordingLog log = new Mojos.RecordingLog();

  private CheckUpgradeMojo check(String previous, String next) throws Exception {
    CheckUpgradeMojo mojo = new CheckUpgradeMojo();
    mojo.setLog(log);
    Mojos.set(mojo, "layout", "kubectl");
    Mojos.set(mojo, "outputDirectory", dir.resolve("target/alluxio-k8s").toFile());
    Mojos.set(mojo, "previous", Mojos.write(dir, "previous/masters.yaml", previous).toFile());
    return Mojos.set(mojo, "manifestDirectories", List.of(Mojos.write(dir, "next/masters.yaml", next).toFile()));
  }

  @Test
  void theSameManifestsPassAndLogTheirPlan() throws Exception {
    String masters = MASTERS.formatted("2.9.4", "alluxio");

    check(masters, masters).execute();

    assertThat(log.lines).contains("[INFO] Upgrade plan:").noneMatch(l -> l.startsWith("[ERROR]"));
  }

  @Test
  void aChangeTheApiServerRefusesFailsTheBuildUnlessAllowed() throws Exception {
    String before = MASTERS.formatted("2.9.4", "alluxio");
    String after = MASTERS.formatted("2.9.4", "cache");

    assertThatThrownBy(() -> check(before, after).execute()).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 change(s) refused by the API server or putting data at risk");
    assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] ") && l.contains("spec.selector") && l.contains("REFUSED_BY_API_SERVER"));
    // The plan follows its heading: the step that gets the change applied.
    assertThat(log.lines.subList(log.lines.indexOf("[INFO] Upgrade plan:"), log.lines.size()))
        .anyMatch(l -> l.startsWith("[INFO] ") && l.contains("kubectl delete statefulset alluxio-master"));

    // Allowing the other class of change is not enough.
    CheckUpgradeMojo dataAtRiskAllowed = Mojos.set(check(before, after), "allowDataAtRisk", true);
    assertThatThrownBy(dataAtRiskAllowed::execute).isInstanceOf(MojoFailureException.class);
    Mojos.set(check(before, after), "allowRefused", true).execute();
  }

  @Test
  void anOlderAlluxioForTheMastersPutsTheJournalAtRiskAndFailsUnlessAllowed() throws Exception {
    // The journal's settings come from the cluster's ConfigMap: without one the check judges no journal change.
    String config = """
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: alluxio-config, namespace: data}
        data: {ALLUXIO_JAVA_OPTS: "-Dalluxio.master.journal.type=UFS"}
        """;
    String before = MASTERS.formatted("2.9.4", "alluxio") + config;
    String after = MASTERS.formatted("2.9.3", "alluxio") + config;

    assertThatThrownBy(() -> check(before, after).execute()).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 change(s)");
    assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] ") && l.contains("DATA_AT_RISK"));

    CheckUpgradeMojo refusedAllowed = Mojos.set(check(before, after), "allowRefused", true);
    assertThatThrownBy(refusedAllowed::execute).isInstanceOf(MojoFailureException.class);
    Mojos.set(check(before, after), "allowDataAtRisk", true).execute();
  }

  @Test
  void aNewerAlluxioIsARollingRestartLoggedAsInformationWithoutFailing() throws Exception {
    check(MASTERS.formatted("2.9.4", "alluxio"), MASTERS.formatted("2.9.5", "alluxio")).execute();

    assertThat(log.lines).noneMatch(l -> l.startsWith("[ERROR]")).anyMatch(l -> l.contains("ROLLING_RESTART"));
    assertThat(log.lines.stream().filter(l -> l.contains("ROLLING_RESTART"))).allMatch(l -> l.startsWith("[INFO] ") && l.contains(": info: "));
  }

  @Test
  void aRenamedStatefulSetIsLoggedAsAWarningWithItsStepWithoutFailing() throws Exception {
    String before = MASTERS.formatted("2.9.4", "alluxio");
    String after = before.replace("name: alluxio-master, namespace", "name: alluxio-master-v2, namespace");

    check(before, after).execute();

    // A change that needs a step by hand but risks no data is a warning, and warnings do not fail the build.
    assertThat(log.lines).noneMatch(l -> l.startsWith("[ERROR]"))
        .anyMatch(l -> l.startsWith("[WARNING] ") && l.contains(": warning: ") && l.contains("RECREATE_REQUIRED"));
    assertThat(log.lines.subList(log.lines.indexOf("[INFO] Upgrade plan:"), log.lines.size()))
        .anyMatch(l -> l.contains("kubectl delete statefulset alluxio-master -n data"));
  }

  @Test
  void aMissingPreviousRenderNamesItsParameter() throws Exception {
    String masters = MASTERS.formatted("2.9.4", "alluxio");
    CheckUpgradeMojo mojo = Mojos.set(check(masters, masters), "previous", dir.resolve("no-such-folder").toFile());

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage(dir.resolve("no-such-folder") + " does not exist; check <previous>");
  }

  @Test
  void manifestsThatCannotBeReadAreLoggedAtTheirLineAndFailTheBuild() throws Exception {
    String masters = MASTERS.formatted("2.9.4", "alluxio");
    CheckUpgradeMojo mojo = check(masters, "apiVersion: v1\nkind: [\n");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage(dir.resolve("next/masters.yaml") + " could not be read; see the error above");
    assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] ") && l.contains("masters.yaml:"));
  }

  @Test
  void withoutManifestDirectoriesTheRenderedLayoutIsTheNextState() throws Exception {
    String masters = MASTERS.formatted("2.9.4", "alluxio");
    CheckUpgradeMojo mojo = Mojos.set(check(masters, masters), "manifestDirectories", List.of());

    // Nothing rendered yet: the goal names the folder it expected.
    File rendered = dir.resolve("target/alluxio-k8s/kubectl").toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage(rendered + " does not exist; check <manifestDirectories>");
  }

  @Test
  void skipLogsWhyAndChecksNothing() throws Exception {
    CheckUpgradeMojo mojo = Mojos.set(new CheckUpgradeMojo(), "skip", true);
    mojo.setLog(log);

    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] Skipping alluxio-k8s:check-upgrade (alluxio-k8s.skip is set)");
  }
}
