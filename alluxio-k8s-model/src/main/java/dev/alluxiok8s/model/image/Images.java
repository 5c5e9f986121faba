package dev.alluxiok8s.model.image;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The images a cluster runs: Alluxio's for masters, workers and jobs, one for FUSE, and the
 * Secrets that hold registry credentials.
 *
 * <p>FUSE uses Alluxio's own image by default: since Alluxio 2.4 the main image carries FUSE,
 * and chart 0.5.2's separate {@code alluxio/alluxio-fuse} image is no longer published.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableImages.class)
@JsonDeserialize(as = ImmutableImages.class)
public interface Images {

  @Value.Default
  default Image alluxio() {
    return Image.alluxioDefault();
  }

  @Value.Default
  default Image fuse() {
    return alluxio();
  }

  /** Names of {@code kubernetes.io/dockerconfigjson} Secrets, as a pod's {@code imagePullSecrets}. */
  List<String> pullSecrets();

  static ImmutableImages.Builder builder() {
    return ImmutableImages.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("Images");
    List<String> secrets = pullSecrets();
    for (int i = 0; i < secrets.size(); i++) {
      String name = secrets.get(i);
      problems.require(KubernetesNames.isDnsSubdomain(name), PathJoiner.index("pullSecrets", i),
          "\"" + name + "\" is not a Secret name (lower-case letters, digits, '-' and '.')");
      problems.require(secrets.indexOf(name) == i, PathJoiner.index("pullSecrets", i),
          "\"" + name + "\" is listed twice");
    }
    problems.throwIfAny();
  }
}
