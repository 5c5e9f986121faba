package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.model.container.EmptyDirSource;
import dev.alluxiok8s.model.container.EnvVar;
import dev.alluxiok8s.model.container.EnvVarSource;
import dev.alluxiok8s.model.container.ExtraVolume;
import dev.alluxiok8s.model.container.FieldSelector;
import dev.alluxiok8s.model.container.ObjectVolumeSource;
import dev.alluxiok8s.model.container.Sidecar;
import dev.alluxiok8s.model.container.SidecarPort;
import dev.alluxiok8s.model.container.VolumeMount;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.image.PullPolicy;
import dev.alluxiok8s.model.pod.ImmutablePodExtras;
import dev.alluxiok8s.model.process.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chart 0.6.x's per-component {@code env}, {@code hostPID}, {@code shareProcessNamespace},
 * {@code extraVolumes}, {@code extraVolumeMounts} and {@code extraContainers} onto the spec's
 * {@code env} of each process and {@code pod} of each component, reading each the way the chart's
 * templates render it ({@code _helpers.tpl}): an {@code env} is a map of names to values; a volume
 * is a ConfigMap or else an emptyDir; a mount has a name, a path and readOnly; a container's
 * {@code env} is a map too, with {@code envValueFrom} (names to pod fields) rendered only beside
 * it. A field the templates never render is reported as ignored at its key; every model problem
 * lands at the key it was read from.
 */
final class PodAdditionsMapper extends AreaMapper {

  private static final Set<String> VOLUME_FIELDS = Set.of("name", "configMap", "emptyDir");
  private static final Set<String> MOUNT_FIELDS = Set.of("name", "mountPath", "readOnly");
  private static final Set<String> CONTAINER_FIELDS = Set.of("name", "image", "imagePullPolicy", "securityContext",
      "resources", "command", "args", "env", "envValueFrom", "envFrom", "ports", "volumeMounts");

  PodAdditionsMapper(MappingContext c) {
    super(c);
  }

  /** The chart's {@code key} (a map of names to values) as the variables at {@code specPath} ({@code masters.master.env}). */
  List<EnvVar> env(String key, String specPath) {
    return envMap(values.at(key), specPath, 0);
  }

  /** Adds {@code component}'s process namespace switches, volumes, mounts and containers to {@code pod}, at {@code specPath}. */
  void addTo(ImmutablePodExtras.Builder pod, String component, String specPath) {
    values.bool(values.at(component + ".hostPID")).ifPresent(pod::hostPID);
    c.origin(specPath + ".hostPID", component + ".hostPID");
    values.bool(values.at(component + ".shareProcessNamespace")).ifPresent(pod::shareProcessNamespace);
    c.origin(specPath + ".shareProcessNamespace", component + ".shareProcessNamespace");
    List<ValueNode> volumes = values.items(values.at(component + ".extraVolumes"));
    for (int i = 0; i < volumes.size(); i++) {
      Optional.ofNullable(volume(volumes.get(i), specPath + ".volumes[" + i + "]")).ifPresent(pod::addVolumes);
    }
    mounts(values.at(component + ".extraVolumeMounts"), specPath + ".volumeMounts", MOUNT_FIELDS)
        .forEach(pod::addVolumeMounts);
    List<ValueNode> containers = values.items(values.at(component + ".extraContainers"));
    for (int i = 0; i < containers.size(); i++) {
      Optional.ofNullable(container(containers.get(i), specPath + ".containers[" + i + "]")).ifPresent(pod::addContainers);
    }
  }

  private ExtraVolume volume(ValueNode item, String path) {
    ValueNode.Mapping m = fields(item, VOLUME_FIELDS, "a volume (the chart renders name with configMap, or else an emptyDir)");
    if (m == null) {
      return null;
    }
    Optional<String> name = values.string(values.at(m, "name"));
    if (name.isEmpty()) {
      // The chart's template writes the item as given, and Kubernetes refuses a volume without its name.
      values.error(item, "a volume needs name");
      return null;
    }
    var b = ExtraVolume.builder().name(name.get());
    c.origin(path, item);
    c.origin(path + ".name", values.at(m, "name").orElseThrow());
    Optional<ValueNode> configMap = values.at(m, "configMap");
    if (configMap.isPresent()) {
      ValueNode.Mapping cm = fields(configMap.get(), Set.of("name", "defaultMode"), "a ConfigMap volume (name, defaultMode)");
      if (cm == null) {
        return null;
      }
      var source = ObjectVolumeSource.builder();
      values.string(values.at(cm, "name")).ifPresent(source::name);
      fileMode(values.at(cm, "defaultMode")).ifPresent(source::defaultMode);
      c.origin(path + ".configMap", configMap.get());
      values.at(cm, "defaultMode").ifPresent(n -> c.origin(path + ".configMap.defaultMode", n));
      ObjectVolumeSource built = c.build(path + ".configMap", source::build);
      if (built == null) {
        return null;
      }
      b.configMap(built);
    } else {
      // The chart renders every volume that is not a ConfigMap as an emptyDir with what emptyDir holds.
      Optional<ValueNode> emptyDir = values.at(m, "emptyDir");
      var source = EmptyDirSource.builder();
      if (emptyDir.isPresent()) {
        ValueNode.Mapping e = fields(emptyDir.get(), Set.of("medium", "sizeLimit"), "an emptyDir (medium, sizeLimit)");
        if (e == null) {
          return null;
        }
        values.string(values.at(e, "medium")).ifPresent(source::medium);
        values.string(values.at(e, "sizeLimit")).ifPresent(source::sizeLimit);
        c.origin(path + ".emptyDir", emptyDir.get());
      }
      EmptyDirSource built = c.build(path + ".emptyDir", source::build);
      if (built == null) {
        return null;
      }
      b.emptyDir(built);
    }
    return c.build(path, b::build);
  }

  private List<VolumeMount> mounts(Optional<ValueNode> node, String path, Set<String> known) {
    List<VolumeMount> mounts = new ArrayList<>();
    List<ValueNode> items = values.items(node);
    for (int i = 0; i < items.size(); i++) {
      String at = path + "[" + i + "]";
      ValueNode.Mapping m = fields(items.get(i), known, "a volume mount (" + String.join(", ", known.stream().sorted().toList()) + ")");
      if (m == null) {
        continue;
      }
      Optional<String> name = values.string(values.at(m, "name"));
      Optional<String> mountPath = values.string(values.at(m, "mountPath"));
      if (name.isEmpty() || mountPath.isEmpty()) {
        values.error(items.get(i), "a volume mount needs name (the volume) and mountPath (where the container sees it)");
        continue;
      }
      var b = VolumeMount.builder().name(name.get()).mountPath(mountPath.get());
      values.bool(values.at(m, "readOnly")).ifPresent(b::readOnly);
      values.string(values.at(m, "subPath")).filter(s -> !s.isEmpty()).ifPresent(b::subPath);
      c.origin(at, items.get(i));
      for (String field : known) {
        values.at(m, field).ifPresent(n -> c.origin(at + "." + field, n));
      }
      Optional.ofNullable(c.build(at, b::build)).ifPresent(mounts::add);
    }
    return mounts;
  }

  private Sidecar container(ValueNode item, String path) {
    ValueNode.Mapping m = fields(item, CONTAINER_FIELDS, "a container");
    if (m == null) {
      return null;
    }
    c.origin(path, item);
    Optional<String> name = values.string(values.at(m, "name"));
    if (name.isEmpty()) {
      values.error(item, "a container needs name");
    }
    Image image = image(m, path + ".image");
    if (name.isEmpty() || image == null) {
      return null;
    }
    var b = Sidecar.builder().name(name.get());
    c.origin(path + ".name", values.at(m, "name").orElseThrow());
    b.image(image);
    values.at(m, "securityContext").ifPresent(n -> values.warn(n, "not carried over: a sidecar runs with the security "
        + "context of Alluxio's containers (Alluxio's user, no privilege escalation, no capabilities), so that it keeps "
        + "the component's Pod Security level"));
    values.at(m, "envFrom").ifPresent(n -> values.error(n, "a sidecar's envFrom is not supported; give each variable "
        + "in env"));
    b.command(values.words(values.at(m, "command")));
    b.args(values.words(values.at(m, "args")));
    Optional<ValueNode> env = values.at(m, "env");
    List<EnvVar> variables = new ArrayList<>(envMap(env, path + ".env", 0));
    Optional<ValueNode> fromFields = values.at(m, "envValueFrom");
    if (env.isEmpty()) {
      fromFields.ifPresent(n -> values.warn(n, "the chart ignores it: its template writes envValueFrom only beside a "
          + "non-empty env"));
    } else {
      values.entries(fromFields).forEach((variable, node) -> {
        String at = path + ".env[" + variables.size() + "]";
        c.origin(at, node);
        values.string(Optional.of(node)).ifPresent(field -> Optional.ofNullable(c.build(at + ".valueFrom.fieldRef",
            () -> FieldSelector.of(field))).ifPresent(f -> variables.add(EnvVar.from(variable,
                EnvVarSource.builder().fieldRef(f).build()))));
      });
    }
    b.env(variables);
    List<ValueNode> ports = values.items(values.at(m, "ports"));
    for (int i = 0; i < ports.size(); i++) {
      String at = path + ".ports[" + i + "]";
      ValueNode.Mapping p = fields(ports.get(i), Set.of("name", "containerPort"), "a port (name, containerPort)");
      if (p != null && values.at(p, "containerPort").isEmpty()) {
        // The chart's template writes the item as given, and Kubernetes refuses a port without its number.
        values.error(ports.get(i), "a port needs containerPort");
      } else if (p != null) {
        var port = SidecarPort.builder();
        values.string(values.at(p, "name")).ifPresent(port::name);
        values.integer(values.at(p, "containerPort")).ifPresent(n -> port.containerPort(n.intValue()));
        c.origin(at, ports.get(i));
        values.at(p, "name").ifPresent(n -> c.origin(at + ".name", n));
        values.at(p, "containerPort").ifPresent(n -> c.origin(at + ".containerPort", n));
        Optional.ofNullable(c.build(at, port::build)).ifPresent(b::addPorts);
      }
    }
    b.volumeMounts(mounts(values.at(m, "volumeMounts"), path + ".volumeMounts",
        Set.of("name", "mountPath", "readOnly", "subPath")));
    values.at(m, "resources").ifPresent(r -> {
      c.origin(path + ".resources", r);
      ValueNode.Mapping rm = fields(r, Set.of("limits", "requests"), "resources (limits, requests)");
      if (rm != null) {
        var res = Resources.builder();
        values.stringMap(values.at(rm, "limits")).forEach(res::putLimits);
        values.stringMap(values.at(rm, "requests")).forEach(res::putRequests);
        Optional.ofNullable(c.build(path + ".resources", res::build)).ifPresent(b::resources);
      }
    });
    return c.build(path, b::build);
  }

  /** {@code repository:tag}, as the chart's {@code image} holds it, with {@code imagePullPolicy}. */
  private Image image(ValueNode.Mapping m, String path) {
    Optional<ValueNode> node = values.at(m, "image");
    Optional<String> reference = values.string(node);
    if (reference.isEmpty()) {
      values.error(node.orElse(m), "a container needs an image, written repository:tag with a pinned tag");
      return null;
    }
    String ref = reference.get();
    int colon = ref.lastIndexOf(':');
    if (ref.contains("@") || colon <= ref.lastIndexOf('/')) {
      values.error(node.get(), "\"" + ref + "\" names no tag; pin one (repository:tag), as a moving image makes two "
          + "renders of one file run different software");
      return null;
    }
    var b = Image.builder().repository(ref.substring(0, colon)).tag(ref.substring(colon + 1));
    values.oneOf(values.at(m, "imagePullPolicy"), List.of("Always", "IfNotPresent", "Never"))
        .ifPresent(p -> b.pullPolicy(PullPolicy.valueOf(p.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT))));
    c.origin(path, node.get());
    values.at(m, "imagePullPolicy").ifPresent(n -> c.origin(path + ".pullPolicy", n));
    return c.build(path, b::build);
  }

  /** A map of names to values as variables, numbered from {@code first}, at {@code path}. */
  private List<EnvVar> envMap(Optional<ValueNode> node, String path, int first) {
    List<EnvVar> env = new ArrayList<>();
    for (Map.Entry<String, ValueNode> e : values.entries(node).entrySet()) {
      String at = path + "[" + (first + env.size()) + "]";
      c.origin(at, e.getValue());
      // The chart writes value: "{{ $value }}": a number or boolean as written, nothing as an empty string.
      String value = e.getValue() instanceof ValueNode.Null ? "" : values.string(Optional.of(e.getValue())).orElse("");
      env.add(EnvVar.of(e.getKey(), value));
    }
    return env;
  }

  /** {@code item} as a mapping, each field outside {@code known} reported as ignored at its key; null if not a mapping. */
  private ValueNode.Mapping fields(ValueNode item, Set<String> known, String what) {
    if (!(item instanceof ValueNode.Mapping m)) {
      values.error(item, "expected " + what + ", got " + item.kind());
      return null;
    }
    m.entries().forEach((key, value) -> {
      if (!known.contains(key)) {
        values.warn(value, "the chart ignores it: its template renders only " + String.join(", ",
            known.stream().sorted().toList()) + " of " + what);
      }
    });
    return m;
  }

  /**
   * A file mode as Helm reads it: YAML 1.1, where {@code 0444} is octal (292), as the chart's
   * templates then write it into the volume.
   */
  private Optional<Integer> fileMode(Optional<ValueNode> node) {
    Optional<String> text = values.string(node);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    try {
      if (t.matches("0[0-7]+")) {
        return Optional.of(Integer.parseInt(t.substring(1), 8));
      }
      if (t.matches("0o[0-7]+")) {
        return Optional.of(Integer.parseInt(t.substring(2), 8));
      }
      return Optional.of(Integer.parseInt(t));
    } catch (NumberFormatException e) {
      values.error(node.get(), "expected a file mode such as 0444, got \"" + t + "\"");
      return Optional.empty();
    }
  }
}
