package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.LogLevel;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.process.ProcessSettings;
import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import java.util.List;
import java.util.Locale;

/**
 * The start of every Alluxio process container: image, entrypoint and arguments, the ConfigMap of
 * Java options, and resources.
 */
public final class AlluxioContainers {

  static final String ENTRYPOINT = "/entrypoint.sh";
  static final String LOG4J = "/opt/alluxio/conf/log4j.properties";

  private AlluxioContainers() {}

  /**
   * A container running Alluxio's entrypoint with {@code args}. A log level other than INFO is
   * set by rewriting the root logger's level in the image's {@code log4j.properties} just before
   * the entrypoint starts: Alluxio reads the level from that file only.
   */
  public static V1Container of(String name, Image image, List<String> args, String configMap,
      ProcessSettings settings, LogLevel logLevel) {
    V1Container container = new V1Container()
        .name(name)
        .image(image.reference())
        .imagePullPolicy(image.pullPolicy().value());
    if (logLevel == LogLevel.INFO) {
      container.command(List.of(ENTRYPOINT)).args(args);
    } else {
      String level = logLevel.name().toUpperCase(Locale.ROOT);
      container.command(List.of("/bin/sh", "-c",
              "sed -i 's/^log4j.rootLogger=[A-Z]*,/log4j.rootLogger=" + level + ",/' " + LOG4J
                  + " && exec " + ENTRYPOINT + " \"$@\"",
              "--"))
          .args(args);
    }
    return container
        .envFrom(List.of(new V1EnvFromSource().configMapRef(new V1ConfigMapEnvSource().name(configMap))))
        .resources(ContainerResources.of(settings.resources()))
        .securityContext(SecurityContexts.process());
  }
}
