package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.check.InvalidModelException;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.model.placement.Toleration;
import dev.alluxiok8s.model.pod.PodExtras;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The chart's ServiceAccounts, tolerations and pod annotations, global and per component, onto
 * {@code spec.serviceAccountName} and each component's {@code pod} and {@code placement}, as chart
 * 0.6.x's templates combine them: a component's {@code serviceAccount} wins over the global one;
 * its {@code tolerations} come first and the global ones follow (the templates write both lists);
 * its {@code podAnnotations} go on its pod template (the FUSE template reads none).
 */
final class PodExtrasMapper extends AreaMapper {

  /** The fields of a Kubernetes toleration; anything else would be dropped without a word. */
  private static final Set<String> TOLERATION_FIELDS = Set.of("key", "operator", "value", "effect", "tolerationSeconds");

  /** The global tolerations, read (and their problems reported) once for all components. */
  private final List<Toleration> global = new ArrayList<>();

  PodExtrasMapper(MappingContext c) {
    super(c);
    for (ValueNode item : values.items(values.at("tolerations"))) {
      Toleration toleration = toleration(item, null);
      if (toleration != null) {
        global.add(toleration);
      }
    }
  }

  /** The global {@code serviceAccount}: every pod's account unless its component names one. */
  Optional<String> serviceAccount() {
    c.origin("serviceAccountName", "serviceAccount");
    Optional<String> name = values.string("serviceAccount").filter(s -> !s.isEmpty());
    // Checked here too: the spec's own check runs only when every area mapped cleanly.
    name.filter(n -> !KubernetesNames.isDnsSubdomain(n)).ifPresent(n -> values.error(values.at("serviceAccount")
        .orElseThrow(), "\"" + n + "\" is not a ServiceAccount name (a DNS-1123 subdomain: lower-case letters, digits, "
            + "'-' and '.', at most 253)"));
    return name;
  }

  /**
   * {@code component}'s account and pod annotations, with what {@code more} adds (null if they break
   * an invariant, reported at their keys).
   */
  PodExtras pod(String component, String specPath, boolean readsAnnotations,
      java.util.function.Consumer<dev.alluxiok8s.model.pod.ImmutablePodExtras.Builder> more) {
    var b = PodExtras.builder();
    more.accept(b);
    values.string(component + ".serviceAccount").filter(s -> !s.isEmpty()).ifPresent(b::serviceAccountName);
    c.origin(specPath + ".pod.serviceAccountName", component + ".serviceAccount");
    if (readsAnnotations) {
      values.stringMap(values.at(component + ".podAnnotations")).forEach(b::putAnnotations);
      c.origin(specPath + ".pod.annotations", component + ".podAnnotations");
      values.entries(values.at(component + ".podAnnotations")).forEach((key, node) ->
          c.origin(PathJoiner.key(specPath + ".pod.annotations", key), node));
    }
    return c.build(specPath + ".pod", b::build);
  }

  /** {@code placement} with {@code component}'s tolerations, then the global ones, added. */
  Placement placement(Placement placement, String component, String specPath) {
    List<Toleration> tolerations = new ArrayList<>();
    List<ValueNode> items = values.items(values.at(component + ".tolerations"));
    for (int i = 0; i < items.size(); i++) {
      // The item's own place: numbered by the tolerations kept, an item after a refused one would take its
      // spec path and be reported at the refused one's keys. A spec is built only when none is refused.
      Toleration toleration = toleration(items.get(i), specPath + ".placement.tolerations[" + i + "]");
      if (toleration != null) {
        tolerations.add(toleration);
      }
    }
    tolerations.addAll(global);
    return tolerations.isEmpty() ? placement : Placement.builder().from(placement).addAllTolerations(tolerations).build();
  }

  /**
   * One toleration; its problems are reported at its keys, with the spec attribute they concern
   * ({@code specPath}), or without one for a global toleration, which every component shares.
   */
  private Toleration toleration(ValueNode item, String specPath) {
    if (!(item instanceof ValueNode.Mapping m)) {
      values.error(item, "expected a toleration (key, operator, value, effect, tolerationSeconds), got " + item.kind());
      return null;
    }
    for (Map.Entry<String, ValueNode> e : m.entries().entrySet()) {
      if (!TOLERATION_FIELDS.contains(e.getKey())) {
        values.error(e.getValue(), "unknown field \"" + e.getKey() + "\" of a toleration (known: effect, key, operator, "
            + "tolerationSeconds, value)");
      }
    }
    var b = Toleration.builder();
    values.string(values.at(m, "key")).ifPresent(b::key);
    values.string(values.at(m, "operator")).ifPresent(b::operator);
    values.string(values.at(m, "value")).ifPresent(b::value);
    values.string(values.at(m, "effect")).ifPresent(b::effect);
    values.integer(values.at(m, "tolerationSeconds")).ifPresent(b::tolerationSeconds);
    if (specPath == null) {
      try {
        return b.build();
      } catch (InvalidModelException e) {
        e.diagnostics().forEach(d -> values.error(values.at(m, d.path()).orElse(item), d.message()));
        return null;
      }
    }
    for (String field : TOLERATION_FIELDS) {
      values.at(m, field).ifPresent(n -> c.origin(specPath + "." + field, n));
    }
    c.origin(specPath, item);
    return c.build(specPath, b::build);
  }
}
