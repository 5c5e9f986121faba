package dev.alluxiok8s.validation.rules;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ConfigMap and Secret data: key syntax, a key in only one of the maps, and the total size. */
public final class ConfigDataRules {

  /** ConfigMap or Secret key syntax, or a key in two maps. */
  public static final String CONFIG_KEY = "K8S-CONFIG-KEY";
  /** ConfigMap or Secret larger than 1 MiB. */
  public static final String CONFIG_SIZE = "K8S-CONFIG-SIZE";
  /** ConfigMap and Secret payload limit. */
  public static final int CONFIG_MAX_BYTES = 1024 * 1024;

  private ConfigDataRules() {}

  /** ConfigMap data ({@code data}, {@code binaryData}). */
  static void configMap(ObjectCheck check, Map<String, Object> tree) {
    configKeys(check, tree, List.of("data", "binaryData"));
  }

  /** Secret data ({@code data}, {@code stringData}). */
  static void secret(ObjectCheck check, Map<String, Object> tree) {
    configKeys(check, tree, List.of("data", "stringData"));
  }

  private static void configKeys(ObjectCheck check, Map<String, Object> tree, List<String> maps) {
    Set<String> seen = new HashSet<>();
    long size = 0;
    for (String mapName : maps) {
      Map<String, Object> data = Trees.map(tree, mapName);
      if (data == null) {
        continue;
      }
      for (Map.Entry<String, Object> e : data.entrySet()) {
        FieldPath p = FieldPath.ROOT.field(mapName).field(e.getKey());
        for (String err : KubernetesNames.configMapKey(e.getKey())) {
          check.error(CONFIG_KEY, p, "Invalid value: \"" + e.getKey() + "\": " + err, "use only letters, digits, '-', '_' and '.' in keys");
        }
        if (!seen.add(e.getKey())) {
          check.error(CONFIG_KEY, p, "Invalid value: \"" + e.getKey() + "\": duplicate of key present in " + maps.get(0),
              "a key may appear in only one of " + String.join(" and ", maps));
        }
        size += e.getKey().length();
        if (e.getValue() instanceof String v) {
          size += v.getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    if (size > CONFIG_MAX_BYTES) {
      check.error(CONFIG_SIZE, FieldPath.ROOT, "Too long: must have at most " + CONFIG_MAX_BYTES + " bytes",
          "the payload is " + size + " bytes; split it or mount the data another way");
    }
  }
}
