package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.model.master.ImmutableMasterPorts;
import dev.alluxiok8s.model.master.MasterPorts;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.process.JobMasterProcess;
import dev.alluxiok8s.model.process.MasterProcess;
import java.util.List;

/** The {@code master} and {@code jobMaster} blocks (and the masters' port properties) onto {@code spec.masters}. */
final class MastersMapper extends AreaMapper {

  private final SharedReads shared = new SharedReads(c);

  MastersMapper(MappingContext c) {
    super(c);
  }

  Masters map(GlobalProperties global) {
    var b = Masters.builder();
    values.integer32("master.count").ifPresent(b::count);
    c.origin("masters.count", "master.count");
    values.integer32("master.replicas").filter(r -> r != 1).ifPresent(r -> values.error(
        values.at("master.replicas").orElseThrow(), "each of the chart's master StatefulSets ran " + r + " pods "
            + "that shared one host name, which Alluxio cannot use; set master.count to the number of masters instead"));
    shared.requireEnabled("master", "masters");
    shared.requireArgs("master.args", List.of("master-only", "--no-format"));
    shared.requireArgs("jobMaster.args", List.of("job-master"));
    List<String> globalJvm = values.words(values.at("jvmOptions"));
    // Each process names its problems relative to itself (jvmOptions[0]); part puts them under it.
    b.master(MappingContext.part("master", () -> MasterProcess.builder()
        .from(shared.process("master", "masters.master", c.defaults.master(), globalJvm)).build()));
    b.jobMaster(MappingContext.part("jobMaster", () -> JobMasterProcess.builder()
        .from(shared.process("jobMaster", "masters.jobMaster", c.defaults.jobMaster(), globalJvm)).build()));
    // A clash with a port left at its default is placed at the block of ports the file sets.
    c.origin("masters.ports", "master.ports");
    c.origin("masters.ports", "jobMaster.ports");
    b.ports(MappingContext.part("ports", () -> ports(global)));
    b.extraServicePorts(new ExtraServicePortsMapper(c).map());
    boolean hostNetwork = values.bool("master.hostNetwork").orElse(false);
    c.origin("masters.hostNetwork", "master.hostNetwork");
    b.hostNetwork(hostNetwork);
    shared.dnsPolicy("master.dnsPolicy").ifPresent(b::dnsPolicy);
    b.placement(shared.placement("master.nodeSelector", "masters.placement"));
    return b.build();
  }

  private MasterPorts ports(GlobalProperties global) {
    ImmutableMasterPorts.Builder ports = MasterPorts.builder();
    ChartLine line = c.line;
    shared.port(global, "alluxio.master.rpc.port", line.portKey("master", "rpc"), ports::rpc, "masters.ports.rpc");
    shared.port(global, "alluxio.master.web.port", line.portKey("master", "web"), ports::web, "masters.ports.web");
    shared.port(global, "alluxio.master.embedded.journal.port", line.portKey("master", "embedded"), ports::embedded,
        "masters.ports.embedded");
    shared.port(global, "alluxio.job.master.rpc.port", line.portKey("jobMaster", "rpc"), ports::jobRpc,
        "masters.ports.jobRpc");
    shared.port(global, "alluxio.job.master.web.port", line.portKey("jobMaster", "web"), ports::jobWeb,
        "masters.ports.jobWeb");
    shared.port(global, "alluxio.job.master.embedded.journal.port", line.portKey("jobMaster", "embedded"),
        ports::jobEmbedded, "masters.ports.jobEmbedded");
    return ports.build();
  }
}
