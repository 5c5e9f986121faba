package dev.alluxiok8s.model.ufs;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.property.ManagedProperties;
import dev.alluxiok8s.model.property.PropertyRules;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The under storage mounted at Alluxio's root: its URI, mount options and the credentials it
 * needs, by reference to Kubernetes Secrets only.
 *
 * <pre>{@code
 * UnderStorage s3 = UnderStorage.builder()
 *     .rootUri("s3a://my-bucket/alluxio/")
 *     .addCredentials(CredentialReference.of("aws.accessKeyId", "alluxio-s3", "access-key-id"))
 *     .addCredentials(CredentialReference.of("aws.secretKey", "alluxio-s3", "secret-key"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableUnderStorage.class)
@JsonDeserialize(as = ImmutableUnderStorage.class)
public interface UnderStorage {

  /** The prefix of the root mount's options, where a credential may also go. */
  String ROOT_MOUNT_OPTION = "alluxio.master.mount.table.root.option.";

  /** {@code s3a://bucket/path}, {@code hdfs://namenode:8020/path}, {@code gs://bucket}, or an absolute path. */
  String rootUri();

  /** Mount options of the root ({@code alluxio.master.mount.table.root.option.<key>}); no credentials. */
  @Value.NaturalOrder
  SortedMap<String, String> options();

  /** Credential properties and the Secret keys that hold their values. */
  List<CredentialReference> credentials();

  /** Hadoop's configuration when the root is on HDFS. */
  Optional<HdfsConfiguration> hdfsConfiguration();

  static ImmutableUnderStorage.Builder builder() {
    return ImmutableUnderStorage.builder();
  }

  static UnderStorage at(String rootUri) {
    return builder().rootUri(rootUri).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("UnderStorage");
    UriRules.checkUri(problems, "rootUri", rootUri(), "s3a://my-bucket/alluxio or hdfs://namenode:8020/alluxio");
    StorageUris.checkReachable(problems, "rootUri", rootUri(), hdfsConfiguration().isPresent(), "spec.underStorage.hdfsConfiguration");
    PropertyRules.checkProperties(problems, "options", options());
    List<CredentialReference> creds = credentials();
    for (int i = 0; i < creds.size(); i++) {
      String property = creds.get(i).property();
      String at = PathJoiner.join(PathJoiner.index("credentials", i), "property");
      String variable = CredentialReference.environmentVariable(property);
      for (int j = 0; j < i; j++) {
        String other = creds.get(j).property();
        if (other.equals(property)) {
          problems.add(SpecRule.CREDENTIAL_VARIABLE, at, "\"" + property + "\" is already given by credentials[" + j + "]");
        } else if (CredentialReference.environmentVariable(other).equals(variable)) {
          problems.add(SpecRule.CREDENTIAL_VARIABLE, at, "\"" + property + "\" and credentials[" + j + "] (\"" + other + "\") both reach the container "
              + "as " + variable + ", so one would silently win; Alluxio property names are case-sensitive: keep the one "
              + "Alluxio reads");
        }
      }
      // A credential of the root mount (alluxio.master.mount.table.root.option.aws.secretKey) is
      // how a Secret reaches a mount option; every other computed property is no credential.
      ManagedProperties.ownerOf(property).filter(owner -> !property.startsWith(ROOT_MOUNT_OPTION)).ifPresent(owner -> problems.add(SpecRule.MANAGED_PROPERTY, at,
          "\"" + property + "\" is computed from " + owner + " and is no credential; set that instead"));
    }
    problems.throwIfAny();
  }
}
