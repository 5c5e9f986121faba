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
