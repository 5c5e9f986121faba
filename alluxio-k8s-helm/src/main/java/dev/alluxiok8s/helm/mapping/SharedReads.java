package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.model.process.ProcessSettings;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.volume.AccessMode;
import dev.alluxiok8s.model.volume.ImmutableDataVolume;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Reads that several areas share, each the same for masters, workers and FUSE: resources, JVM
 * options, ports, arguments, DNS policy, node selector, and a claim's access modes.
 */
final class SharedReads extends AreaMapper {

  SharedReads(MappingContext c) {
    super(c);
  }

  /**
   * A component's resources: the chart line's defaults merged with the file's {@code requests}
   * and {@code limits} entry by entry, as Helm merges values maps.
   */
  Resources resources(String key, Resources chartDefault, String specPath) {
    c.origin(specPath, key);
    Map<String, String> requests = new TreeMap<>(chartDefault.requests());
    Map<String, String> limits = new TreeMap<>(chartDefault.limits());
    merge(key + ".requests", requests, specPath + ".requests");
    merge(key + ".limits", limits, specPath + ".limits");
    Resources resources = c.build(specPath, () -> Resources.builder().requests(requests).limits(limits).build());
    // On failure the problem is recorded and no cluster is built; the default keeps the mapping going.
    return resources == null ? chartDefault : resources;
  }

  private void merge(String key, Map<String, String> into, String specPath) {
    Optional<ValueNode> node = values.at(key);
    if (node.isPresent() && node.get() instanceof ValueNode.Mapping m) {
      m.entries().forEach((name, value) -> {
        c.origin(PathJoiner.key(specPath, name), value);
        if (value instanceof ValueNode.Null) {
          into.remove(name); // Helm deletes a default key set to null
        }
      });
    }
    into.putAll(values.stringMap(node));
  }

  /** A process's settings as read from its block, for any process type's builder ({@code from}). */
  record ReadSettings(Resources resources, List<String> jvmOptions, SortedMap<String, String> properties)
      implements ProcessSettings {

    /** None here: ComponentExtras reads each process's env once the component is built. */
    @Override
    public List<dev.alluxiok8s.model.container.EnvVar> env() {
      return List.of();
    }
  }

  /**
   * The resources, JVM options (after the global ones) and properties of the process whose
   * block is {@code block} ({@code master}), at the spec path {@code specPath} ({@code masters.master}).
   */
  ReadSettings process(String block, String specPath, Resources chartDefault, List<String> globalJvm) {
    return new ReadSettings(resources(block + ".resources", chartDefault, specPath + ".resources"),
        jvm(globalJvm, block + ".jvmOptions", specPath + ".jvmOptions"),
        new PropertiesMapper(c).component(block + ".properties", specPath + ".properties"));
  }

  /** The component's JVM options after the global ones, so the component's win where they clash. */
  private List<String> jvm(List<String> global, String key, String specPath) {
    c.origin(specPath, key);
    List<String> all = new ArrayList<>(global);
    all.addAll(values.words(values.at(key)));
    return all;
  }

  /** A port from its Alluxio property, else from the line's key for it ({@code key}, when the line has one). */
  void port(GlobalProperties global, String property, Optional<String> key, IntFunction<?> set, String specPath) {
    Optional<ValueNode> fromProperty = global.get(property);
    Optional<ValueNode> node = fromProperty.or(() -> key.flatMap(values::at));
    node.ifPresent(n -> {
      c.origin(specPath, n);
      values.integer(Optional.of(n)).ifPresent(p -> set.apply(p.intValue()));
    });
    if (fromProperty.isPresent() && c.line.has(ChartLine.Trait.PORTS_HARD_CODED)) {
      values.warn(fromProperty.get(), "chart 0.5.x hard-codes its container and Service ports, so they disagreed with "
          + "this property; here the property sets the port everywhere");
    }
  }

  /** An error unless {@code key} is absent or gives exactly the arguments alluxio-k8s starts the process with. */
  /**
   * Refuses {@code <component>.enabled: false} where the chart line has component switches: a
   * cluster needs its masters and workers, so there is nothing to import without them.
   */
  void requireEnabled(String component, String plural) {
    if (c.line.has(ChartLine.Trait.COMPONENT_SWITCHES)) {
      values.bool(component + ".enabled").filter(e -> !e).ifPresent(e -> values.error(
          values.at(component + ".enabled").orElseThrow(), "a cluster without " + plural + " is not supported"));
    }
  }

  void requireArgs(String key, List<String> expected) {
    values.at(key).ifPresent(n -> {
      List<String> args = values.words(Optional.of(n));
      if (!args.equals(expected)) {
        values.error(n, "custom arguments are not supported: alluxio-k8s starts the process with "
            + String.join(" ", expected) + "; use properties and jvmOptions instead");
      }
    });
  }

  Optional<DnsPolicy> dnsPolicy(String key) {
    return values.oneOf(values.at(key), Arrays.stream(DnsPolicy.values()).map(DnsPolicy::value).toList())
        .map(p -> Arrays.stream(DnsPolicy.values()).filter(d -> d.value().equals(p)).findFirst().orElseThrow());
  }

  /** The component's node selector, or the top-level one when the component's is empty (as the chart does). */
  Placement placement(String key, String specPath) {
    Map<String, String> own = values.stringMap(values.at(key));
    String from = own.isEmpty() ? "nodeSelector" : key;
    // Placement names each problem at its label (nodeSelector."KEY"), so each label is the origin.
    if (values.at(from).orElse(null) instanceof ValueNode.Mapping m) {
      m.entries().forEach((label, node) -> c.origin(PathJoiner.key(specPath + ".nodeSelector", label), node));
    }
    Map<String, String> selector = own.isEmpty() ? values.stringMap(values.at("nodeSelector")) : own;
    // specPath ends in ".placement": the area's build adds the area, this the placement between.
    return MappingContext.part("placement", () -> Placement.builder().nodeSelector(selector).build());
  }

  /** A claim's access modes, from a list of their Kubernetes names. */
  void accessModes(ImmutableDataVolume.Builder volume, String key, String specPath) {
    c.origin(specPath, key);
    for (String mode : values.words(values.at(key))) {
      Arrays.stream(AccessMode.values()).filter(m -> m.value().equals(mode)).findFirst().ifPresentOrElse(
          volume::addAccessModes,
          () -> values.error(values.at(key).orElseThrow(), "\"" + mode + "\" is not an access mode (ReadWriteOnce, "
              + "ReadOnlyMany, ReadWriteMany, ReadWriteOncePod)"));
    }
  }
}
