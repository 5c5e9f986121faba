package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.PropertiesMapper.ROOT_OPTION;
import static dev.alluxiok8s.helm.mapping.PropertiesMapper.ROOT_UFS;

import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.ufs.ImmutableUnderStorage;
import dev.alluxiok8s.model.ufs.UnderStorage;
import java.util.Optional;

/** The root mount's properties onto {@code spec.underStorage}, its credentials referenced from the generated Secret. */
final class UnderStorageMapper extends AreaMapper {

  UnderStorageMapper(MappingContext c) {
    super(c);
  }

  /** The under storage; null (with an error) when the file does not say where it is. */
  UnderStorage map(GlobalProperties global) {
    Optional<ValueNode> root = global.get(ROOT_UFS);
    ValueNode given = values.entries(values.at("properties")).get(ROOT_UFS);
    if (root.isEmpty() && given != null && !(given instanceof ValueNode.Null)) {
      return null; // present, but refused already (a placeholder, or not a single value)
    }
    // A null value is an unset key to Helm, so it is reported as missing, below.
    if (root.isEmpty()) {
      String message = "\"" + ROOT_UFS + "\" is required: without it Alluxio mounts a folder inside the master "
          + "container, which is lost with the pod; set it to your under storage, e.g. s3a://my-bucket/alluxio/";
      values.at("properties").ifPresentOrElse(n -> values.error(n, message),
          () -> values.error(values.root().location(), "properties", message));
      return null;
    }
    c.origin("underStorage.rootUri", root.get());
    ImmutableUnderStorage.Builder b = UnderStorage.builder().rootUri(values.string(root).orElse(""));
    global.managed().forEach((key, node) -> {
      if (key.startsWith(ROOT_OPTION)) {
        String option = key.substring(ROOT_OPTION.length());
        b.putOptions(option, values.string(Optional.of(node)).orElse(""));
        c.origin(PathJoiner.key("underStorage.options", option), node);
      }
    });
    for (String property : global.credentials().keySet()) {
      b.addCredentials(CredentialReference.of(property, c.secretName(), property));
    }
    return b.build();
  }
}
