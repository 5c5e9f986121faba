package dev.alluxiok8s.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.conformance.Entrypoint.Home;
import dev.alluxiok8s.conformance.Entrypoint.Kind;
import dev.alluxiok8s.conformance.Entrypoint.Launch;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The harness's own rules, without booting anything: what the entrypoint and kubectl would do. */
@Tag("conformance")
@DisplayName("harness")
class HarnessTest {

  private static final Home HOME = new Home("/h", "/h/conf", "/h/logs");

  @Test
  @DisplayName("options are expanded as sourcing alluxio-env.sh does: ${VAR} and $VAR, unset is empty")
  void expandsLikeTheShell() {
    Map<String, String> env = Map.of("A", "x", "B_1", "y");

    assertThat(Entrypoint.expand("-Da=${A} -Db=$B_1 -Dc=${UNSET}.", env)).isEqualTo("-Da=x -Db=y -Dc=.");
    assertThatThrownBy(() -> Entrypoint.expand("-Da=$(hostname)", env)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Entrypoint.expand("-Da=${A:-z}", env)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("master-only without --no-format formats first; with it, only the master starts")
  void masterOnlyFormatsUnlessTold() {
    Map<String, String> env = Map.of("ALLUXIO_JAVA_OPTS", "-Dalluxio.master.journal.folder=/journal",
        "ALLUXIO_MASTER_JAVA_OPTS", "-Dalluxio.master.hostname=${ALLUXIO_MASTER_HOSTNAME} -Xmx3g",
        "ALLUXIO_MASTER_HOSTNAME", "alluxio-master-0");

    List<Launch> formatting = Entrypoint.launches(List.of("/entrypoint.sh"), List.of("master-only"), env, HOME);
    List<Launch> plain = Entrypoint.launches(List.of("/entrypoint.sh"), List.of("master-only", "--no-format"), env, HOME);

    assertThat(formatting).extracting(Launch::kind).containsExactly(Kind.FORMAT_JOURNAL, Kind.MASTER);
    assertThat(plain).extracting(Launch::kind).containsExactly(Kind.MASTER);
    List<String> options = plain.get(0).javaOptions();
    // The scripts' order: logger defaults, ALLUXIO_JAVA_OPTS and what alluxio-config.sh adds, then the process's own.
    assertThat(options.get(0)).isEqualTo("-Dalluxio.logger.type=MASTER_LOGGER");
    assertThat(options).containsSubsequence("-Dalluxio.master.journal.folder=/journal", "-Dalluxio.home=/h",
        "-Dalluxio.master.hostname=alluxio-master-0", "-Xmx3g");
    assertThat(options).noneMatch(o -> o.equals("-Xmx8g"));
  }

  @Test
  @DisplayName("the format Job's command runs alluxio.cli.Format master with the user options")
  void formatJournalCommand() {
    List<Launch> launches = Entrypoint.launches(List.of("/opt/alluxio/bin/alluxio", "formatJournal"), List.of(),
        Map.of("ALLUXIO_JAVA_OPTS", "-Dalluxio.master.journal.folder=/journal"), HOME);

    assertThat(launches).singleElement().satisfies(l -> {
      assertThat(l.kind().mainClass).isEqualTo("alluxio.cli.Format");
      assertThat(l.arguments()).containsExactly("master");
    });
  }

  @Test
  @DisplayName("a worker whose MEM top tier has no directory gets the RAM folder /dev/shm")
  void ramFolderForAWorkerWithoutTierDirectory() {
    List<Launch> launches = Entrypoint.launches(List.of("/entrypoint.sh"), List.of("worker-only", "--no-format"),
        Map.of("ALLUXIO_WORKER_JAVA_OPTS", "-Dalluxio.worker.rpc.port=29999"), HOME);

    assertThat(launches.get(0).javaOptions()).contains("-Dalluxio.worker.tieredstore.level0.dirs.path=/dev/shm", "-Xmx4g");
  }

  @Test
  @DisplayName("services the harness does not simulate are refused, not guessed")
  void refusesWhatItCannotRun() {
    assertThatThrownBy(() -> Entrypoint.launches(List.of("/entrypoint.sh"), List.of("fuse"), Map.of(), HOME))
        .hasMessageContaining("not simulated");
    assertThatThrownBy(() -> Entrypoint.launches(List.of("/entrypoint.sh"), List.of("master-only", "--format"), Map.of(), HOME))
        .hasMessageContaining("usage");
  }

  @Test
  @DisplayName("kubectl layout: the guide's commands apply the top level, master/ and worker/, never job/")
  void kubectlLayoutOrder() {
    SortedMap<String, String> files = new TreeMap<>(Map.of(
        "alluxio-configmap.yaml", object("ConfigMap", "c"),
        "job/alluxio-format-journal-job.yaml", object("Job", "j"),
        "master/alluxio-master-statefulset.yaml", object("StatefulSet", "m"),
        "worker/alluxio-worker-daemonset.yaml", object("DaemonSet", "w")));

    assertThat(Manifests.applyOrder("kubectl", files)).extracting(Tree::name).containsExactly("c", "m", "w");
  }

  @Test
  @DisplayName("kustomize layout: resources in kustomize's kind order")
  void kustomizeOrder() {
    SortedMap<String, String> files = new TreeMap<>(Map.of(
        "01.yaml", object("StatefulSet", "m"), "02.yaml", object("Service", "s"), "03.yaml", object("DaemonSet", "w"),
        "04.yaml", object("ConfigMap", "c"),
        "kustomization.yaml", "resources:\n  - 01.yaml\n  - 02.yaml\n  - 03.yaml\n  - 04.yaml\n"));

    assertThat(Manifests.applyOrder("kustomize", files)).extracting(Tree::name).containsExactly("c", "s", "m", "w");
  }

  private static String object(String kind, String name) {
    return "apiVersion: v1\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n";
  }
}
