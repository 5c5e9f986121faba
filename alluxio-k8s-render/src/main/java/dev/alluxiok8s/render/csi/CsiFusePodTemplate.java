package dev.alluxiok8s.render.csi;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.pod.ExtraEnv;
import dev.alluxiok8s.render.pod.AlluxioContainers;
import dev.alluxiok8s.render.pod.CredentialEnv;
import dev.alluxiok8s.render.pod.PodSpecs;
import dev.alluxiok8s.render.yaml.YamlWriter;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pod Alluxio's {@code csiserver} starts per volume with {@code mountInPod}, as a ConfigMap the
 * node plugin mounts. The server names the pod, pins it to its node, and appends the mount's
 * arguments (options, the kubelet's staging path, the Alluxio path), an unmount {@code preStop}
 * and the volume's JVM options to the first container, whose arguments must therefore start with
 * {@code fuse} alone.
 *
 * <p>Chart 0.6.54's template has no {@code ALLUXIO_CLIENT_HOSTNAME}, which its FUSE options refer
 * to, and lists its resource limits twice; this one sets the variable and takes {@code spec.fuse}'s
 * resources.
 */
final class CsiFusePodTemplate {

  static final String KEY = "alluxio-csi-fuse.yaml";

  private final RenderContext context;

  CsiFusePodTemplate(RenderContext context) {
    this.context = context;
  }

  DraftObject configMap() {
    ClusterSpec spec = context.spec();
    V1Container fuse = AlluxioContainers.of("alluxio-fuse", spec.images().fuse(), List.of("fuse"),
            context.names().configMap(), spec.fuse(), spec.logLevel())
        .env(ExtraEnv.after(List.of(CredentialEnv.fromField(ConfigMapData.CLIENT_HOSTNAME_VARIABLE, "status.hostIP")),
            spec.fuse()))
        .securityContext(new V1SecurityContext().privileged(true)
            .capabilities(new V1Capabilities().add(List.of("SYS_ADMIN"))))
        .volumeMounts(List.of(new V1VolumeMount().name("pods-mount-dir").mountPath(CsiNodePlugin.KUBELET_DIR)
            .mountPropagation("Bidirectional")));
    V1PodSpec podSpec = PodSpecs.base(spec, Placement.anywhere(), true, DnsPolicy.CLUSTER_FIRST_WITH_HOST_NET)
        .securityContext(new V1PodSecurityContext().runAsUser(0L).runAsGroup(0L).fsGroup(0L))
        .restartPolicy("Always")
        .containers(List.of(fuse))
        .volumes(List.of(new V1Volume().name("pods-mount-dir")
            .hostPath(new V1HostPathVolumeSource().path(CsiNodePlugin.KUBELET_DIR).type("Directory"))));
    V1Pod pod = new V1Pod().apiVersion("v1").kind("Pod")
        .metadata(context.metadata().podTemplate(Component.CSI_FUSE).name(context.names().csiFuse()))
        .spec(podSpec);
    Map<String, String> data = new TreeMap<>();
    data.put(KEY, new YamlWriter().write(pod));
    return new DraftObject(Component.CSI, new V1ConfigMap().apiVersion("v1").kind("ConfigMap")
        .metadata(context.metadata().of(Component.CSI, context.names().csiFuse()))
        .data(data));
  }
}
