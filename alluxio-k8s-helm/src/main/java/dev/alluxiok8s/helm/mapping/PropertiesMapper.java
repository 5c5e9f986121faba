package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.helm.values.Values;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.property.ManagedProperties;
import dev.alluxiok8s.model.property.PropertyRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts Alluxio properties: the top-level ones into free properties, typed settings and
 * credentials (which move into the generated Secret); a component's own ones into free
 * properties, refusing credentials and properties alluxio-k8s computes. Values still holding one
 * of the guide's placeholders are errors.
 */
final class PropertiesMapper extends AreaMapper {

  static final String ROOT_UFS = "alluxio.master.mount.table.root.ufs";
  static final String ROOT_OPTION = "alluxio.master.mount.table.root.option.";
  /** The guide's placeholders ({@code <under_storage_address>}, {@code <bucket>}, {@code <accessKey>}). */
  private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]*>");
  /** Properties the import reads into typed attributes (the chart passed them through as is). */
  private static final List<String> TYPED_PROPERTIES = List.of(
      "alluxio.master.journal.type", "alluxio.master.journal.folder",
      "alluxio.master.metastore", "alluxio.master.metastore.dir",
      "alluxio.master.rpc.port", "alluxio.master.web.port", "alluxio.master.embedded.journal.port",
      "alluxio.job.master.rpc.port", "alluxio.job.master.web.port", "alluxio.job.master.embedded.journal.port",
      "alluxio.worker.rpc.port", "alluxio.worker.web.port",
      "alluxio.job.worker.rpc.port", "alluxio.job.worker.data.port", "alluxio.job.worker.web.port",
      "alluxio.user.short.circuit.enabled", "alluxio.worker.data.server.domain.socket.address",
      "alluxio.worker.data.server.domain.socket.as.uuid", "alluxio.proxy.web.port");


  PropertiesMapper(MappingContext c) {
    super(c);
  }

  /** The top-level {@code properties}, sorted. */
  GlobalProperties global() {
    SortedMap<String, String> free = new TreeMap<>();
    Map<String, ValueNode> managed = new LinkedHashMap<>();
    SortedMap<String, String> credentials = new TreeMap<>();
    for (Map.Entry<String, ValueNode> e : values.entries(values.at("properties")).entrySet()) {
      String key = e.getKey();
      ValueNode node = e.getValue();
      Optional<String> value = values.string(Optional.of(node).filter(n -> !(n instanceof ValueNode.Null)));
      if (value.isEmpty()) {
        continue;
      }
      boolean credential = PropertyRules.looksLikeCredential(key);
      if (!placeholderFree(node, value.get(), credential)) {
        continue;
      }
      if (credential) {
        credentials.put(key, value.get());
        values.warn(node, "the literal credential was moved into the generated Secret " + c.secretName() + " (key \""
            + key + "\"), rendered before the workloads; better, create a Secret yourself and reference it in "
            + "spec.underStorage.credentials, so the value is kept in no file");
      } else if (key.equals(ROOT_UFS) || key.startsWith(ROOT_OPTION) || ManagedProperties.ownerOf(key).isPresent()) {
        managed.put(key, node);
      } else {
        c.catalog().check("properties", key, node, value.get());
        free.put(key, value.get());
        c.origin(PathJoiner.key("properties", key), node);
      }
    }
    // Checked here, not only when the whole spec is built, so these problems come with the others.
    c.build("properties", () -> {
      Problems problems = new Problems("properties");
      PropertyRules.checkProperties(problems, "", free);
      problems.throwIfAny();
      return free;
    });
    for (String key : managed.keySet()) {
      if (!TYPED_PROPERTIES.contains(key) && !key.startsWith(ROOT_OPTION) && !key.equals(ROOT_UFS)) {
        values.error(managed.get(key), computedHere(ManagedProperties.ownerOf(key).orElseThrow()));
      }
    }
    return new GlobalProperties(free, managed, credentials);
  }

  /** A component's own properties, refusing credentials (only the top-level ones are moved into a Secret). */
  SortedMap<String, String> component(String key, String specPath) {
    SortedMap<String, String> result = new TreeMap<>();
    for (Map.Entry<String, ValueNode> e : values.entries(values.at(key)).entrySet()) {
      Optional<String> value = values.string(Optional.of(e.getValue()).filter(n -> !(n instanceof ValueNode.Null)));
      if (value.isEmpty()) {
        continue;
      }
      boolean credential = PropertyRules.looksLikeCredential(e.getKey());
      if (!placeholderFree(e.getValue(), value.get(), credential)) {
        continue;
      }
      if (credential) {
        values.error(e.getValue(), "looks like a credential; move it to the top-level properties, from which "
            + "the import moves credentials into a Secret (a ConfigMap is no place for them)");
        continue;
      }
      Optional<String> owner = ManagedProperties.ownerOf(e.getKey());
      if (owner.isPresent()) {
        values.error(e.getValue(), computedHere(owner.get()));
        continue;
      }
      c.catalog().check(key, e.getKey(), e.getValue(), value.get());
      result.put(e.getKey(), value.get());
      c.origin(PathJoiner.key(specPath, e.getKey()), e.getValue());
    }
    return result;
  }

  private static String computedHere(String owner) {
    return "alluxio-k8s computes this property from " + owner + "; set the chart's own key for it instead "
        + "(see the key-by-key table of 'Migrating from the Helm chart')";
  }

  /** False (with an error) when a value still holds one of the guide's placeholders. */
  private boolean placeholderFree(ValueNode node, String value, boolean credential) {
    Matcher m = PLACEHOLDER.matcher(value);
    if (!m.find()) {
      return true;
    }
    // The placeholder itself is the guide's text, never a secret; the rest of a credential value may be.
    values.error(node, (credential ? "still holds" : "\"" + value + "\" still holds") + " the guide's placeholder "
        + m.group() + ", which the guide says MUST be changed; put the real value there");
    return false;
  }
}
