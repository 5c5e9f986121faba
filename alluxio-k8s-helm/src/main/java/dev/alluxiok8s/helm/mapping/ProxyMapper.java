package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.proxy.ImmutableProxy;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import java.util.List;
import java.util.Optional;

/** The {@code proxy} block of chart 0.6.x onto {@code spec.proxy}: a DaemonSet, as the chart deploys it. */
final class ProxyMapper extends AreaMapper {

  /** Chart 0.6.54's {@code proxy.resources}. */
  static final Resources CHART_RESOURCES = Resources.builder().putRequests("cpu", "0.5").putRequests("memory", "1Gi")
      .putLimits("cpu", "4").putLimits("memory", "4Gi").build();

  private final SharedReads shared = new SharedReads(c);

  ProxyMapper(MappingContext c) {
    super(c);
  }

  Proxy map(GlobalProperties global) {
    ImmutableProxy.Builder b = Proxy.builder();
    boolean enabled = values.bool("proxy.enabled").orElse(false);
    b.enabled(enabled);
    c.origin("proxy.enabled", "proxy.enabled");
    if (!enabled) {
      return b.build();
    }
    shared.requireArgs("proxy.args", List.of("proxy"));
    // alluxio.proxy.web.port among the properties wins over proxy.ports.web, as the later -D does.
    shared.port(global, "alluxio.proxy.web.port", Optional.of("proxy.ports.web"), b::port, "proxy.port");
    b.from(shared.process("proxy", "proxy", CHART_RESOURCES, values.words(values.at("jvmOptions"))));
    boolean hostNetwork = values.bool("proxy.hostNetwork").orElse(false);
    b.hostNetwork(hostNetwork);
    c.origin("proxy.hostNetwork", "proxy.hostNetwork");
    b.placement(shared.placement("proxy.nodeSelector", "proxy.placement"));
    if (hostNetwork) {
      b.podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED,
          "imported from Alluxio's Helm chart: the proxy uses host networking"));
      values.warnFile("proxy: declared a Pod Security exemption (privileged) because it uses host networking");
    }
    return b.build();
  }
}
