package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.model.process.JobWorkerProcess;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.worker.WorkerPorts;
import dev.alluxiok8s.model.worker.Workers;
import java.util.List;

/** The {@code worker} and {@code jobWorker} blocks (and the workers' port properties) onto {@code spec.workers}. */
final class WorkersMapper extends AreaMapper {

  private final SharedReads shared = new SharedReads(c);

  WorkersMapper(MappingContext c) {
    super(c);
  }

  Workers map(GlobalProperties global) {
    var b = Workers.builder();
    shared.requireArgs("worker.args", List.of("worker-only", "--no-format"));
    shared.requireArgs("jobWorker.args", List.of("job-worker"));
    shared.requireEnabled("worker", "workers");
    List<String> globalJvm = values.words(values.at("jvmOptions"));
    // Each process names its problems relative to itself (jvmOptions[0]); part puts them under it.
    b.worker(MappingContext.part("worker", () -> WorkerProcess.builder()
        .from(shared.process("worker", "workers.worker", c.defaults.worker(), globalJvm)).build()));
    values.at("jobWorker.properties").filter(n -> c.line.has(ChartLine.Trait.JOB_WORKER_PROPERTIES_IGNORED) && !n.isEmpty())
        .ifPresent(n -> values.warn(n, "chart 0.5.x ignores these properties; they are applied to the job worker here"));
    b.jobWorker(MappingContext.part("jobWorker", () -> JobWorkerProcess.builder()
        .from(shared.process("jobWorker", "workers.jobWorker", c.defaults.jobWorker(), globalJvm)).build()));
    // A clash with a port left at its default is placed at the block of ports the file sets.
    c.origin("workers.ports", "worker.ports");
    c.origin("workers.ports", "jobWorker.ports");
    b.ports(MappingContext.part("ports", () -> ports(global)));
    b.hostNetwork(values.bool("worker.hostNetwork").orElse(c.defaults.workerHostNetwork()));
    c.origin("workers.hostNetwork", "worker.hostNetwork");
    shared.dnsPolicy("worker.dnsPolicy").ifPresent(b::dnsPolicy);
    b.placement(shared.placement("worker.nodeSelector", "workers.placement"));
    return b.build();
  }

  private WorkerPorts ports(GlobalProperties global) {
    var ports = WorkerPorts.builder();
    ChartLine line = c.line;
    shared.port(global, "alluxio.worker.rpc.port", line.portKey("worker", "rpc"), ports::rpc, "workers.ports.rpc");
    shared.port(global, "alluxio.worker.web.port", line.portKey("worker", "web"), ports::web, "workers.ports.web");
    shared.port(global, "alluxio.job.worker.rpc.port", line.portKey("jobWorker", "rpc"), ports::jobRpc,
        "workers.ports.jobRpc");
    shared.port(global, "alluxio.job.worker.data.port", line.portKey("jobWorker", "data"), ports::jobData,
        "workers.ports.jobData");
    shared.port(global, "alluxio.job.worker.web.port", line.portKey("jobWorker", "web"), ports::jobWeb,
        "workers.ports.jobWeb");
    return ports.build();
  }
}
