package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartLine.Trait;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.csi.Csi;
import dev.alluxiok8s.model.csi.ImmutableCsi;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import java.util.List;
import java.util.Optional;

/**
 * The {@code csi} block of chart 0.6.x onto {@code spec.csi}. The node plugin's exemption is
 * declared, as for the chart's other privileged pods; the controller's and node plugin's networking
 * are this project's (pod network for the controller, the node's for the node plugin), so values
 * that ask otherwise are reported.
 */
final class CsiMapper extends AreaMapper {

  static final String EXEMPTION = "imported from Alluxio's Helm chart: the CSI node plugin mounts volumes with FUSE "
      + "(privileged, SYS_ADMIN) and shares them with the kubelet (Bidirectional propagation)";

  private final SharedReads shared = new SharedReads(c);

  CsiMapper(MappingContext c) {
    super(c);
  }

  Csi map() {
    Csi defaults = Csi.builder().build();
    if (!c.line.has(Trait.COMPONENT_SWITCHES) || !values.bool("csi.enabled").orElse(false)) {
      return defaults;
    }
    ImmutableCsi.Builder b = Csi.builder().enabled(true);
    values.bool("csi.mountInPod").ifPresent(b::mountInPod);
    values.string("csi.alluxioPath").ifPresent(b::alluxioPath);
    c.origin("csi.alluxioPath", "csi.alluxioPath");
    if (values.has("csi.mountOptions")) {
      b.mountOptions(values.words(values.at("csi.mountOptions")));
      c.origin("csi.mountOptions", "csi.mountOptions");
    }
    if (values.has("csi.javaOptions")) {
      // Each item split at whitespace: the chart joins the list into one string of options.
      b.javaOptions(values.words(values.at("csi.javaOptions")));
      c.origin("csi.javaOptions", "csi.javaOptions");
    }
    b.provisionerImage(image("csi.controllerPlugin.provisioner.image", "csi.provisionerImage", defaults.provisionerImage()));
    b.nodeDriverRegistrarImage(image("csi.nodePlugin.driverRegistrar.image", "csi.nodeDriverRegistrarImage",
        defaults.nodeDriverRegistrarImage()));
    b.provisionerResources(shared.resources("csi.controllerPlugin.provisioner.resources", defaults.provisionerResources(),
        "csi.provisionerResources"));
    b.controllerResources(shared.resources("csi.controllerPlugin.controller.resources", defaults.controllerResources(),
        "csi.controllerResources"));
    b.nodeServerResources(shared.resources("csi.nodePlugin.nodeserver.resources", defaults.nodeServerResources(),
        "csi.nodeServerResources"));
    b.nodeDriverRegistrarResources(shared.resources("csi.nodePlugin.driverRegistrar.resources",
        defaults.nodeDriverRegistrarResources(), "csi.nodeDriverRegistrarResources"));
    networking();
    values.string("csi.imagePullPolicy").ifPresent(policy -> values.warn(values.at("csi.imagePullPolicy").orElseThrow(),
        "not used: the CSI containers running Alluxio take the pull policy of the Alluxio image (imagePullPolicy)"));
    if (values.bool("csi.clientEnabled").orElse(false)) {
      values.warn(values.at("csi.clientEnabled").orElseThrow(), "the chart's example PersistentVolume alluxio-pv and "
          + "claims alluxio-pvc and alluxio-pvc-static are examples for a pod of your own, left out here: claim a "
          + "volume of the StorageClass " + c.name + " in that pod's manifests (csi.accessModes and csi.quota go there)");
    }
    b.podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, EXEMPTION));
    values.warn(values.at("csi.enabled").orElseThrow(), "declared a Pod Security exemption (privileged) for the CSI node "
        + "plugin, which mounts with FUSE; the namespace must allow privileged pods");
    return b.build();
  }

  /**
   * The cluster's metadata in the namespace {@code helm template} renders into when given none,
   * {@code default}: the driver's ClusterRoleBinding must name its ServiceAccount's namespace.
   */
  static ClusterMetadata namespaced(MappingContext c) {
    c.values.warn(c.values.at("csi.enabled").orElseThrow(), "the CSI driver's ClusterRoleBinding names the namespace of "
        + "its ServiceAccount: metadata.namespace is set to \"default\", where helm template renders without "
        + "--namespace; change it to the namespace the cluster runs in");
    return ClusterMetadata.builder().from(ClusterMetadata.named(c.name)).namespace("default").build();
  }

  /** An image reference of the chart ({@code repository:tag}); the tag must be a pinned one. */
  private Image image(String key, String specPath, Image otherwise) {
    Optional<String> reference = values.string(key);
    if (reference.isEmpty()) {
      return otherwise;
    }
    String ref = reference.get();
    int colon = ref.lastIndexOf(':');
    if (colon <= ref.lastIndexOf('/')) {
      values.error(values.at(key).orElseThrow(), "\"" + ref + "\" has no tag: give a pinned one (repository:tag)");
      return otherwise;
    }
    c.origin(specPath, key);
    values.warn(values.at(key).orElseThrow(), "the rendered probes need csi-provisioner v3 or later (--http-endpoint) "
        + "and node-driver-registrar v2.3 or later (--mode=kubelet-registration-probe); the chart's defaults are older");
    Image image = c.build(specPath, () -> Image.builder().repository(ref.substring(0, colon)).tag(ref.substring(colon + 1))
        .pullPolicy(otherwise.pullPolicy()).build());
    return image == null ? otherwise : image;
  }

  private void networking() {
    for (String key : List.of("csi.controllerPlugin.hostNetwork", "csi.controllerPlugin.dnsPolicy")) {
      values.at(key).filter(n -> !n.isEmpty()).ifPresent(n -> values.warn(n, "not used: the CSI controller runs on the "
          + "pod network, as it only talks to the API server and the masters"));
    }
    values.bool("csi.nodePlugin.hostNetwork").filter(on -> !on).ifPresent(off -> values.warn(
        values.at("csi.nodePlugin.hostNetwork").orElseThrow(), "not used: the CSI node plugin shares its node's network, "
            + "so that its FUSE is local to the node's worker"));
    shared.dnsPolicy("csi.nodePlugin.dnsPolicy").filter(p -> !p.value().equals("ClusterFirstWithHostNet")).ifPresent(p ->
        values.warn(values.at("csi.nodePlugin.dnsPolicy").orElseThrow(), "not used: the CSI node plugin, on its node's "
            + "network, resolves cluster names with ClusterFirstWithHostNet"));
  }
}
