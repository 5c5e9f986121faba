package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.pod.PodExtras;
import dev.alluxiok8s.model.process.JobMasterProcess;
import dev.alluxiok8s.model.process.JobWorkerProcess;
import dev.alluxiok8s.model.process.MasterProcess;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.worker.Workers;
import java.util.Optional;

/**
 * Puts each component's chart extras onto what its own mapper built: the pod ({@link
 * PodExtrasMapper}: account, annotations, tolerations; {@link PodAdditionsMapper}: process
 * namespaces, volumes, mounts, containers, which chart 0.6.x offers to masters and workers only)
 * and each process's {@code env}. A process is rebuilt under its own spec path, so a refused
 * variable is reported at its values key.
 */
final class ComponentExtras {

  private final MappingContext c;
  private final PodExtrasMapper extras;
  private final PodAdditionsMapper additions;

  ComponentExtras(MappingContext c, PodExtrasMapper extras) {
    this.c = c;
    this.extras = extras;
    this.additions = new PodAdditionsMapper(c);
  }

  Masters masters(Masters masters) {
    MasterProcess master = c.build("masters.master", () -> MasterProcess.builder().from(masters.master())
        .env(additions.env("master.env", "masters.master.env")).build());
    JobMasterProcess jobMaster = c.build("masters.jobMaster", () -> JobMasterProcess.builder().from(masters.jobMaster())
        .env(additions.env("jobMaster.env", "masters.jobMaster.env")).build());
    PodExtras pod = pod("master", "masters", true, true);
    return Masters.builder().from(masters).pod(pod)
        .podSecurity(masters.podSecurity().or(() -> hostPidExemption(pod, "master")))
        .master(master == null ? masters.master() : master).jobMaster(jobMaster == null ? masters.jobMaster() : jobMaster)
        .placement(extras.placement(masters.placement(), "master", "masters")).build();
  }

  Workers workers(Workers workers) {
    WorkerProcess worker = c.build("workers.worker", () -> WorkerProcess.builder().from(workers.worker())
        .env(additions.env("worker.env", "workers.worker.env")).build());
    JobWorkerProcess jobWorker = c.build("workers.jobWorker", () -> JobWorkerProcess.builder().from(workers.jobWorker())
        .env(additions.env("jobWorker.env", "workers.jobWorker.env")).build());
    PodExtras pod = pod("worker", "workers", true, true);
    return Workers.builder().from(workers).pod(pod)
        .podSecurity(workers.podSecurity().or(() -> hostPidExemption(pod, "worker")))
        .worker(worker == null ? workers.worker() : worker).jobWorker(jobWorker == null ? workers.jobWorker() : jobWorker)
        .placement(extras.placement(workers.placement(), "worker", "workers")).build();
  }

  Fuse fuse(Fuse fuse) {
    // The chart's FUSE template reads no podAnnotations.
    return Fuse.builder().from(fuse).pod(pod("fuse", "fuse", false, false)).env(additions.env("fuse.env", "fuse.env"))
        .placement(extras.placement(fuse.placement(), "fuse", "fuse")).build();
  }

  LogServer logServer(LogServer logServer) {
    return LogServer.builder().from(logServer).pod(pod("logserver", "logServer", false, false))
        .env(additions.env("logserver.env", "logServer.env"))
        .placement(extras.placement(logServer.placement(), "logserver", "logServer")).build();
  }

  Proxy proxy(Proxy proxy) {
    // The chart's proxy template reads no podAnnotations either.
    return Proxy.builder().from(proxy).pod(pod("proxy", "proxy", false, false)).env(additions.env("proxy.env", "proxy.env"))
        .placement(extras.placement(proxy.placement(), "proxy", "proxy")).build();
  }

  /**
   * The chart's {@code hostPID: true} takes the pods to Pod Security privileged, which the spec
   * declares ({@code podSecurity}); the import declares it as the chart's pods need it, and says so
   * at the key. Other reasons the chart's workers need it (host networking, node directories) are
   * covered by the same level.
   */
  private Optional<PodSecurityExemption> hostPidExemption(PodExtras pod, String component) {
    if (!pod.hostPID()) {
      return Optional.empty();
    }
    c.values.at(component + ".hostPID").ifPresent(n -> c.values.warn(n, "declared a Pod Security exemption (privileged) "
        + "for the " + component + " pods, as sharing the node's process namespace needs one; the namespace must allow "
        + "privileged pods"));
    return Optional.of(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "imported from Alluxio's Helm chart: "
        + component + ".hostPID shares the node's process namespace"));
  }

  private PodExtras pod(String component, String specPath, boolean readsAnnotations, boolean readsAdditions) {
    PodExtras pod = extras.pod(component, specPath, readsAnnotations,
        readsAdditions ? b -> additions.addTo(b, component, specPath + ".pod") : b -> { });
    return pod == null ? PodExtras.none() : pod;
  }
}
