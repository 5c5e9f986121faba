package dev.alluxiok8s.model.ufs;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.check.Problems;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An Alluxio credential property whose value comes from a key of a Kubernetes Secret, so that
 * the value never appears in a ConfigMap, a manifest or an error message.
 *
 * <pre>{@code
 * CredentialReference.of("aws.accessKeyId", "alluxio-s3", "access-key-id");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCredentialReference.class)
@JsonDeserialize(as = ImmutableCredentialReference.class)
public interface CredentialReference {

  Pattern PROPERTY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** The Alluxio property, e.g. {@code aws.secretKey}. */
  String property();

  String secretName();

  /** The key in the Secret's data. */
  String key();

  /**
   * The environment variable that carries {@code property}'s value from its Secret into a
   * container: {@code aws.secretKey} -> {@code UFS_CREDENTIAL_AWS_SECRETKEY}. Upper-casing and
   * replacing punctuation loses information, so {@link UnderStorage} refuses two properties that
   * map to one variable (one would silently win). It does not start with {@code ALLUXIO_}:
   * Alluxio's entrypoint copies such variables into {@code alluxio-env.sh}, and a credential has no
   * business in a file.
   */
  static String environmentVariable(String property) {
    return "UFS_CREDENTIAL_" + property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  static CredentialReference of(String property, String secretName, String key) {
    return ImmutableCredentialReference.builder().property(property).secretName(secretName).key(key).build();
  }

  @Value.Check
  default void check() {
    new Problems("CredentialReference")
        .require(PROPERTY.matcher(property()).matches(), "property",
            "\"" + property() + "\" is not an Alluxio property key (example: aws.secretKey)")
        .require(KubernetesNames.isDnsSubdomain(secretName()), "secretName",
            "\"" + secretName() + "\" is not a Secret name (lower-case letters, digits, '-' and '.')")
        .require(KubernetesNames.isConfigKey(key()), "key",
            "\"" + key() + "\" is not a Secret key (letters, digits, '-', '_' and '.')")
        .throwIfAny();
  }
}
