package dev.alluxiok8s.model.network;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An {@code /etc/hosts} entry for every Alluxio pod, for under storage (an HDFS namenode, say)
 * whose names the cluster's DNS does not know.
 *
 * <pre>{@code
 * HostAlias.of("10.0.0.12", "namenode", "namenode.corp.example");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHostAlias.class)
@JsonDeserialize(as = ImmutableHostAlias.class)
public interface HostAlias {

  Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
  Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  String ip();

  List<String> hostnames();

  static HostAlias of(String ip, String... hostnames) {
    return ImmutableHostAlias.builder().ip(ip).addHostnames(hostnames).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("HostAlias");
    problems.require(IPV4.matcher(ip()).matches() || IPV6.matcher(ip()).matches(), "ip",
        "\"" + ip() + "\" must be a valid IP address (e.g. 10.9.8.7 or 2001:db8::ffff)");
    problems.require(!hostnames().isEmpty(), "hostnames", "must list at least one host name");
    for (int i = 0; i < hostnames().size(); i++) {
      String name = hostnames().get(i);
      problems.require(KubernetesNames.isDnsSubdomain(name), PathJoiner.index("hostnames", i),
          "\"" + name + "\" is not a host name (lower-case letters, digits, '-' and '.')");
    }
    problems.throwIfAny();
  }
}
