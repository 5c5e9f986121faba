package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.mount.ClaimMount;
import dev.alluxiok8s.model.mount.ConfigMapMounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chart's {@code mounts} (claims at a path in every Alluxio server container, both lines)
 * onto {@code spec.claimMounts}, and chart 0.6.x's {@code configmaps} (per role, under
 * {@code /configmaps}) onto {@code spec.configMaps}.
 */
final class MountsMapper extends AreaMapper {

  MountsMapper(MappingContext c) {
    super(c);
  }

  /** One claim mount per item of {@code mounts}, each checked at its keys. */
  List<ClaimMount> claims() {
    List<ClaimMount> claims = new ArrayList<>();
    List<ValueNode> items = values.items(values.at("mounts"));
    for (ValueNode item : items) {
      if (!(item instanceof ValueNode.Mapping m)) {
        continue; // the key check has reported it
      }
      Optional<String> name = values.string(values.at(m, "name"));
      Optional<String> path = values.string(values.at(m, "path"));
      if (name.isEmpty() || path.isEmpty()) {
        values.error(item, "a mount needs name (the claim) and path (where the containers see it)");
        continue;
      }
      String at = PathJoiner.index("claimMounts", claims.size());
      c.origin(at, item);
      c.origin(at + ".claimName", values.at(m, "name").orElseThrow());
      c.origin(at + ".mountPath", values.at(m, "path").orElseThrow());
      ClaimMount mount = c.build(at, () -> ClaimMount.of(name.get(), path.get()));
      if (mount != null) {
        claims.add(mount);
      }
    }
    return claims;
  }

  /** The ConfigMaps of {@code configmaps.master}, {@code .worker} and {@code .logserver}. */
  ConfigMapMounts configMaps() {
    var b = ConfigMapMounts.builder();
    role("configmaps.master", "configMaps.master").forEach(b::putMaster);
    role("configmaps.worker", "configMaps.worker").forEach(b::putWorker);
    role("configmaps.logserver", "configMaps.logServer").forEach(b::putLogServer);
    return b.build();
  }

  private Map<String, String> role(String key, String specPath) {
    c.origin(specPath, key);
    values.entries(values.at(key)).forEach((name, node) -> c.origin(PathJoiner.key(specPath, name), node));
    return values.stringMap(values.at(key));
  }
}
