package dev.alluxiok8s.render.config;

import dev.alluxiok8s.model.ufs.CredentialReference;

/**
 * The environment variable that carries a credential property's value from its Secret into a
 * container. The ConfigMap only holds {@code -Dkey=${VARIABLE}}; Alluxio's entrypoint expands it
 * when the process starts, as it does for {@code ${ALLUXIO_WORKER_HOSTNAME}}.
 *
 * <p>The name does not start with {@code ALLUXIO_}: Alluxio's entrypoint copies such variables
 * into {@code alluxio-env.sh}, and a credential has no business in a file.
 */
public final class CredentialVariables {

  private CredentialVariables() {}

  /** {@code aws.secretKey} -> {@code UFS_CREDENTIAL_AWS_SECRETKEY}. */
  public static String forProperty(String property) {
    return CredentialReference.environmentVariable(property);
  }
}
