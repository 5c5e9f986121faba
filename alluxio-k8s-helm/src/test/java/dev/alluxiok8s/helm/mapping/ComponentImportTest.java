package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.placement.DnsPolicy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the import reads for every component alike (switches, arguments, DNS, node selectors), and FUSE's own keys. */
class ComponentImportTest {

  private static ClusterSpec spec(ChartLine line, String yaml) throws Exception {
    return read(line, yaml).cluster().spec();
  }

  @Test
  void aComponentSwitchedOnIsImportedAndOneSwitchedOffIsRefused() throws Exception {
    assertThat(spec(ChartLine.V0_6, "master: {enabled: true}\nworker: {enabled: true}\n").masters().count()).isEqualTo(1);
    assertThat(errors(ChartLine.V0_6, "worker: {enabled: false}\n")).containsExactly(
        "config.yaml:3:10: error: worker.enabled: a cluster without workers is not supported");
  }

  @Test
  void onlyTheArgumentsAlluxioK8sStartsAProcessWithAreAccepted() throws Exception {
    assertThat(spec(ChartLine.V0_5, "master:\n  args: [master-only, --no-format]\n").masters().count()).isEqualTo(1);
    assertThat(errors(ChartLine.V0_5, "worker:\n  args: [worker-only]\n")).containsExactly(
        "config.yaml:4:3: error: worker.args: custom arguments are not supported: alluxio-k8s starts the process with "
            + "worker-only --no-format; use properties and jvmOptions instead");
  }

  @Test
  void theDnsPolicyOfEachComponentIsImported() throws Exception {
    ClusterSpec spec = spec(ChartLine.V0_5, """
        master: {dnsPolicy: ClusterFirst}
        worker: {dnsPolicy: Default}
        fuse: {dnsPolicy: ClusterFirstWithHostNet}
        """);

    assertThat(spec.masters().dnsPolicy()).contains(DnsPolicy.CLUSTER_FIRST);
    assertThat(spec.workers().dnsPolicy()).contains(DnsPolicy.DEFAULT);
    assertThat(spec.fuse().dnsPolicy()).contains(DnsPolicy.CLUSTER_FIRST_WITH_HOST_NET);
  }

  @Test
  void hostPidAndAHostNetworkProxyDeclareTheirExemptionsWithAWord() throws Exception {
    HelmImport imported = read(ChartLine.V0_6, "master:\n  hostPID: true\nproxy:\n  enabled: true\n  hostNetwork: true\n");

    assertThat(imported.cluster().spec().masters().podSecurity()).isPresent();
    assertThat(imported.cluster().spec().proxy().podSecurity()).isPresent();
    assertThat(warnings(imported)).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:4:3: warning: master.hostPID: declared a Pod Security exemption (privileged)"))
        .contains("config.yaml:1:1: warning: proxy: declared a Pod Security exemption (privileged) because it uses host networking");
    assertThat(read(ChartLine.V0_6, "proxy:\n  enabled: true\n").cluster().spec().proxy().podSecurity()).isEmpty();
  }

  @Test
  void workersSharingTheNodesProcessNamespaceNameItInTheirExemption() throws Exception {
    // The chart's workers need privileged anyway (host networking, the domain socket): the reason names hostPID, the
    // same level covers the rest.
    HelmImport imported = read(ChartLine.V0_6, "worker:\n  hostPID: true\n");

    assertThat(imported.cluster().spec().workers().podSecurity().orElseThrow().reason())
        .isEqualTo("imported from Alluxio's Helm chart: worker.hostPID shares the node's process namespace");
    assertThat(warnings(imported)).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:4:3: warning: worker.hostPID: declared a Pod Security exemption (privileged) for the worker pods"));
  }

  @Test
  void eachProcessOfTheWorkersKeepsItsEnvironment() throws Exception {
    var workers = read(ChartLine.V0_6, "worker:\n  env: {A: '1'}\njobWorker:\n  env: {B: '2'}\n").cluster().spec().workers();

    assertThat(workers.worker().env()).extracting(dev.alluxiok8s.model.container.EnvVar::name).containsExactly("A");
    assertThat(workers.jobWorker().env()).extracting(dev.alluxiok8s.model.container.EnvVar::name).containsExactly("B");
  }

  @Test
  void aComponentsOwnNodeSelectorWinsOverTheTopLevelOne() throws Exception {
    ClusterSpec spec = spec(ChartLine.V0_5, """
        nodeSelector: {pool: shared}
        worker:
          nodeSelector: {pool: workers}
        """);

    assertThat(spec.masters().placement().nodeSelector()).isEqualTo(Map.of("pool", "shared"));
    assertThat(spec.workers().placement().nodeSelector()).isEqualTo(Map.of("pool", "workers"));
  }

  @Test
  void chart06MountsFuseWhereItsValuesSay() throws Exception {
    Fuse fuse = spec(ChartLine.V0_6, """
        fuse:
          enabled: true
          mountPoint: /mnt/alluxio-fuse
          alluxioPath: /data
          mountOptions: "allow_other,,ro"
        """).fuse();

    assertThat(fuse.enabled()).isTrue();
    assertThat(fuse.mountPoint()).isEqualTo("/mnt/alluxio-fuse");
    assertThat(fuse.alluxioPath()).isEqualTo("/data");
    assertThat(fuse.mountOptions()).containsExactly("allow_other", "ro");
  }

  @Test
  void chart05FuseIsMountedAtTheLinesMountPointWithAWarningWhenItRuns() throws Exception {
    HelmImport configured = read(ChartLine.V0_5, "fuse:\n  args: [fuse, \"--fuse-opts=allow_other,,ro\"]\n");
    HelmImport absent = read(ChartLine.V0_5, "");

    assertThat(configured.cluster().spec().fuse().enabled()).isTrue();
    assertThat(configured.cluster().spec().fuse().mountOptions()).containsExactly("allow_other", "ro");
    assertThat(warnings(configured)).anySatisfy(w -> assertThat(w).contains("chart 0.5.x mounts FUSE at /alluxio-fuse"));
    assertThat(absent.cluster().spec().fuse().enabled()).isFalse();
    assertThat(warnings(absent)).noneSatisfy(w -> assertThat(w).contains("chart 0.5.x mounts FUSE at /alluxio-fuse"));
  }

  @Test
  void fuseArgumentsOtherThanFuseAndItsOptionsAreRefused() {
    String refused = "only [fuse, --fuse-opts=<options>] is supported; alluxio-k8s builds FUSE's command line itself";
    assertThat(errors(ChartLine.V0_5, "fuse:\n  args: []\n")).singleElement().asString().endsWith(refused);
    assertThat(errors(ChartLine.V0_5, "fuse:\n  args: [mount]\n")).singleElement().asString().endsWith(refused);
    assertThat(errors(ChartLine.V0_5, "fuse:\n  args: [fuse, -o, ro]\n")).singleElement().asString()
        .isEqualTo("config.yaml:4:3: error: fuse.args: " + refused);
  }

  @Test
  void aListOfTheChartIsCheckedItemByItem() {
    assertThat(errors(ChartLine.V0_5, "tieredstore:\n  levels:\n  - {level: 0, mediumtype: MEM, path: /dev/shm, bogus: 1}\n"))
        .singleElement().asString().startsWith("config.yaml:5:49: error: tieredstore.levels[0].bogus: unknown key of chart 0.5.x");
  }


  @Test
  void chart06RunsFuseOnlyWhenSwitchedOnOrAskedForInsideTheWorkers() throws Exception {
    HelmImport beside = read(ChartLine.V0_6, "worker: {fuseEnabled: true}\n");

    assertThat(spec(ChartLine.V0_6, "").fuse().enabled()).isFalse();
    assertThat(beside.cluster().spec().fuse().enabled()).isTrue();
    assertThat(beside.cluster().spec().fuse().inWorker()).isTrue();
    assertThat(warnings(beside)).anySatisfy(w -> assertThat(w).startsWith("config.yaml:1:1: warning: workers: declared a "
        + "Pod Security exemption (privileged)").contains("FUSE inside the workers"));
  }

  @Test
  void fuseInItsOwnDaemonSetSaysTheWorkersMountPathIsNotUsed() throws Exception {
    HelmImport imported = read(ChartLine.V0_6, "fuse:\n  enabled: true\n  mountPath: /mnt/elsewhere\n");

    assertThat(imported.cluster().spec().fuse().mountPoint()).isNotEqualTo("/mnt/elsewhere");
    assertThat(warnings(imported)).contains("config.yaml:5:3: warning: fuse.mountPath: not used: the chart reads it "
        + "only with worker.fuseEnabled; FUSE's own DaemonSet mounts at fuse.mountPoint");
  }

  @Test
  void chart06TakesFuseOptionsFromItsArgumentsUnlessMountOptionsAreGiven() throws Exception {
    String args = "fuse:\n  enabled: true\n  args: [fuse, \"--fuse-opts=allow_other,,ro\"]\n";

    assertThat(spec(ChartLine.V0_6, args).fuse().mountOptions()).containsExactly("allow_other", "ro");
    assertThat(spec(ChartLine.V0_6, args + "  mountOptions: direct_io\n").fuse().mountOptions()).containsExactly("direct_io");
  }

  @Test
  void fuseRunsAsRootSoAnotherUserIsWarnedAbout() throws Exception {
    HelmImport user = read(ChartLine.V0_5, "fuse:\n  user: 1000\n  group: 0\n  jvmOptions: [-Xmx2g]\n");

    assertThat(warnings(user)).filteredOn(w -> w.contains("FUSE runs as root")).containsExactly(
        "config.yaml:4:3: warning: fuse.user: FUSE runs as root here: mounting a file system through /dev/fuse needs it");
    assertThat(user.cluster().spec().fuse().jvmOptions()).containsExactly("-Xmx2g");
  }

  @Test
  void hostAliasesAreImportedAndABadOneIsRefusedAtItsItem() throws Exception {
    assertThat(spec(ChartLine.V0_6, "hostAliases:\n- {ip: 10.0.0.1, hostnames: [nn.example]}\n").hostAliases())
        .singleElement().satisfies(a -> {
          assertThat(a.ip()).isEqualTo("10.0.0.1");
          assertThat(a.hostnames()).containsExactly("nn.example");
        });
    assertThat(errors(ChartLine.V0_6, "hostAliases:\n- nn.example\n- {ip: not-an-ip, hostnames: [nn.example]}\n"))
        .hasSize(2).first().asString().isEqualTo("config.yaml:4:3: error: hostAliases[0]: expected ip and hostnames");
    assertThat(errors(ChartLine.V0_6, "hostAliases:\n- {ip: not-an-ip, hostnames: [nn.example]}\n"))
        .singleElement().asString().startsWith("config.yaml:4:3: error: hostAliases[0]: ");
  }

  @Test
  void aPropertySetToNullIsLeftOutAsHelmLeavesOutANullValue() throws Exception {
    ClusterSpec spec = spec(ChartLine.V0_5, """
          alluxio.user.file.buffer.bytes: null
        master:
          properties:
            alluxio.master.worker.timeout: null
        """);

    assertThat(spec.properties()).doesNotContainKey("alluxio.user.file.buffer.bytes");
    assertThat(spec.masters().master().properties()).doesNotContainKey("alluxio.master.worker.timeout");
  }
}
