package dev.alluxiok8s.render.proxy;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.proxy.ProxyKind;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.naming.ObjectNames;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.pod.ExtraEnv;
import dev.alluxiok8s.render.pod.PodExtrasBlock;
import dev.alluxiok8s.render.pod.AlluxioContainers;
import dev.alluxiok8s.render.pod.ContainerPorts;
import dev.alluxiok8s.render.pod.CredentialEnv;
import dev.alluxiok8s.render.pod.PodSpecs;
import dev.alluxiok8s.render.pod.Probes;
import dev.alluxiok8s.render.pod.SecurityContexts;
import dev.alluxiok8s.render.security.PodSecurityAnnotations;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1DaemonSetSpec;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;
import java.util.List;

/**
 * Alluxio's proxy (REST and S3): a DaemonSet or a Deployment of {@code alluxio-proxy} containers
 * on {@code alluxio.proxy.web.port}, and a Service in front of them (chart 0.6.54 renders none, so
 * clients had to find proxy pods themselves). The proxy is a client: it knows itself by its pod's
 * address and holds no under storage credentials.
 */
public final class ProxyRenderer {

  static final String CONTAINER = "alluxio-proxy";
  static final String PORT_NAME = "web";

  private final RenderContext context;
  private final ClusterSpec spec;
  private final ObjectNames names;
  private final Metadata metadata;

  public ProxyRenderer(RenderContext context) {
    this.context = context;
    this.spec = context.spec();
    this.names = context.names();
    this.metadata = context.metadata();
  }

  /** The Service and the workload, when the proxy is enabled. */
  public List<DraftObject> objects() {
    Proxy proxy = spec.proxy();
    if (!proxy.enabled()) {
      return List.of();
    }
    return List.of(service(proxy), workload(proxy));
  }

  private DraftObject service(Proxy proxy) {
    return new DraftObject(Component.PROXY, new V1Service()
        .apiVersion("v1").kind("Service")
        .metadata(metadata.of(Component.PROXY, names.proxy()))
        .spec(new V1ServiceSpec()
            .selector(metadata.labels().selector(Component.PROXY))
            .ports(List.of(new V1ServicePort().name(PORT_NAME).port(proxy.port())
                .targetPort(new IntOrString(PORT_NAME)).protocol("TCP")))));
  }

  private DraftObject workload(Proxy proxy) {
    V1Container container = AlluxioContainers.of(CONTAINER, spec.images().alluxio(), List.of("proxy"),
            names.configMap(), proxy, spec.logLevel())
        .env(ExtraEnv.after(List.of(CredentialEnv.fromField(ConfigMapData.CLIENT_HOSTNAME_VARIABLE, "status.podIP")), proxy))
        .ports(List.of(ContainerPorts.tcp(PORT_NAME, proxy.port())))
        .readinessProbe(Probes.readiness(PORT_NAME))
        .livenessProbe(Probes.liveness(PORT_NAME));
    V1PodSpec pod = PodSpecs.base(spec, proxy.placement(), proxy.hostNetwork(), proxy.effectiveDnsPolicy())
        .securityContext(SecurityContexts.pod(spec.runAs()))
        .addContainersItem(container);
    V1ObjectMeta meta = metadata.of(Component.PROXY, names.proxy());
    proxy.podSecurity().ifPresent(e -> PodSecurityAnnotations.apply(meta, e));
    V1LabelSelector selector = new V1LabelSelector().matchLabels(metadata.labels().selector(Component.PROXY));
    V1PodTemplateSpec template = PodExtrasBlock.apply(spec, proxy, metadata.labels().selector(Component.PROXY),
        new V1PodTemplateSpec().metadata(context.configuredPodTemplate(Component.PROXY)).spec(pod));
    if (proxy.kind() == ProxyKind.DEPLOYMENT) {
      return new DraftObject(Component.PROXY, new V1Deployment()
          .apiVersion("apps/v1").kind("Deployment").metadata(meta)
          .spec(new V1DeploymentSpec().replicas(proxy.replicas()).selector(selector).template(template)));
    }
    return new DraftObject(Component.PROXY, new V1DaemonSet()
        .apiVersion("apps/v1").kind("DaemonSet").metadata(meta)
        .spec(new V1DaemonSetSpec().selector(selector).template(template)));
  }
}
