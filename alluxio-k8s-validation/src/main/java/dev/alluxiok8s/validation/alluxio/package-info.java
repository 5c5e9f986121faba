/**
 * What Alluxio itself reads from the manifests: the {@code -Dkey=value} options of the {@code
 * ALLUXIO_*_JAVA_OPTS} variables in ConfigMaps, checked against Alluxio's property catalog
 * ({@code alluxio-k8s-properties}). Opt-in ({@code KubernetesValidator.Builder.alluxioProperties}):
 * a renderer checks its own model's properties where the user wrote them instead.
 */
package dev.alluxiok8s.validation.alluxio;
