package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.model.master.MasterPorts;
import dev.alluxiok8s.model.worker.WorkerPorts;
import org.junit.jupiter.api.Test;

/** Every port of the masters and workers, from its Alluxio property or the line's key, and the masters' count. */
class PortsAndCountImportTest {

  @Test
  void chart06ReadsEachPortFromItsComponentsKey() throws Exception {
    HelmImport imported = read(ChartLine.V0_6, """
        master: {ports: {rpc: 29998, web: 29999, embedded: 29200}}
        jobMaster: {ports: {rpc: 30001, web: 30002, embedded: 30003}}
        worker: {ports: {rpc: 39999, web: 40000}}
        jobWorker: {ports: {rpc: 40001, data: 40002, web: 40003}}
        """);
    MasterPorts masters = imported.cluster().spec().masters().ports();
    WorkerPorts workers = imported.cluster().spec().workers().ports();

    assertThat(new int[] {masters.rpc(), masters.web(), masters.embedded(), masters.jobRpc(), masters.jobWeb(),
        masters.jobEmbedded()}).containsExactly(29998, 29999, 29200, 30001, 30002, 30003);
    assertThat(new int[] {workers.rpc(), workers.web(), workers.jobRpc(), workers.jobData(), workers.jobWeb()})
        .containsExactly(39999, 40000, 40001, 40002, 40003);
    assertThat(warnings(imported)).noneSatisfy(w -> assertThat(w).contains("hard-codes"));
  }

  @Test
  void chart05TakesEachPortFromItsPropertyWithAWarningThatTheChartHardCodedIt() throws Exception {
    HelmImport imported = read(ChartLine.V0_5, """
          alluxio.master.rpc.port: 29998
          alluxio.master.web.port: 29999
          alluxio.master.embedded.journal.port: 29200
          alluxio.job.master.rpc.port: 30001
          alluxio.job.master.web.port: 30002
          alluxio.job.master.embedded.journal.port: 30003
          alluxio.worker.rpc.port: 39999
          alluxio.worker.web.port: 40000
          alluxio.job.worker.rpc.port: 40001
          alluxio.job.worker.data.port: 40002
          alluxio.job.worker.web.port: 40003
        """);
    MasterPorts masters = imported.cluster().spec().masters().ports();
    WorkerPorts workers = imported.cluster().spec().workers().ports();

    assertThat(new int[] {masters.rpc(), masters.web(), masters.embedded(), masters.jobRpc(), masters.jobWeb(),
        masters.jobEmbedded()}).containsExactly(29998, 29999, 29200, 30001, 30002, 30003);
    assertThat(new int[] {workers.rpc(), workers.web(), workers.jobRpc(), workers.jobData(), workers.jobWeb()})
        .containsExactly(39999, 40000, 40001, 40002, 40003);
    assertThat(warnings(imported)).filteredOn(w -> w.contains("chart 0.5.x hard-codes its container and Service ports"))
        .hasSize(11).first().asString().startsWith("config.yaml:3:3: warning: properties.\"alluxio.master.rpc.port\": ");
    assertThat(read(ChartLine.V0_5, "worker:\n  resources:\n    ports: {rpc: 39990}\n").cluster().spec().workers().ports()
        .rpc()).isEqualTo(39990);
  }

  @Test
  void mastersAreCountedNotReplicated() throws Exception {
    assertThat(read(ChartLine.V0_5, "journal:\n  type: EMBEDDED\nmaster:\n  count: 3\n  replicas: 1\n").cluster().spec().masters().count()).isEqualTo(3);
    assertThat(errors(ChartLine.V0_5, "master:\n  replicas: 3\n")).containsExactly("config.yaml:4:3: error: master.replicas: "
        + "each of the chart's master StatefulSets ran 3 pods that shared one host name, which Alluxio cannot use; "
        + "set master.count to the number of masters instead");
  }

  @Test
  void theJobMastersAndJobWorkersArgumentsAreCheckedToo() {
    assertThat(errors(ChartLine.V0_5, "master:\n  args: [master]\njobMaster:\n  args: [job-master, --x]\njobWorker:\n"
        + "  args: [worker]\n")).extracting(e -> e.substring(0, e.indexOf(": custom arguments")))
        .containsExactly("config.yaml:4:3: error: master.args", "config.yaml:6:3: error: jobMaster.args",
            "config.yaml:8:3: error: jobWorker.args");
  }

  @Test
  void chart05WarnsThatItIgnoredTheJobWorkersPropertiesAndAppliesThem() throws Exception {
    String yaml = "jobWorker:\n  properties:\n    alluxio.job.worker.threadpool.size: 20\n";
    HelmImport v05 = read(ChartLine.V0_5, yaml);

    assertThat(warnings(v05)).anySatisfy(w -> assertThat(w).startsWith("config.yaml:4:3: warning: jobWorker.properties: "
        + "chart 0.5.x ignores these properties; they are applied to the job worker here"));
    assertThat(v05.cluster().spec().workers().jobWorker().properties())
        .containsEntry("alluxio.job.worker.threadpool.size", "20");
    assertThat(warnings(read(ChartLine.V0_6, yaml))).noneSatisfy(w -> assertThat(w).contains("ignores these properties"));
    assertThat(warnings(read(ChartLine.V0_5, "jobWorker:\n  properties: {}\n")))
        .noneSatisfy(w -> assertThat(w).contains("ignores these properties"));
  }
}
