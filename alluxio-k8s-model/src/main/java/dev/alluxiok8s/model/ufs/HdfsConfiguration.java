package dev.alluxiok8s.model.ufs;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Secret holding Hadoop's client configuration ({@code core-site.xml}, {@code hdfs-site.xml}),
 * which Alluxio needs to reach an HDFS that is not configured by defaults. It is mounted into
 * the pods that talk to that HDFS, and Alluxio's {@code alluxio.underfs.hdfs.configuration} points
 * at the files.
 *
 * <pre>{@code
 * kubectl create secret generic alluxio-hdfs-config --from-file=core-site.xml --from-file=hdfs-site.xml
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHdfsConfiguration.class)
@JsonDeserialize(as = ImmutableHdfsConfiguration.class)
public interface HdfsConfiguration {

  /** The Secret's name. */
  String secretName();

  /** The Secret's keys that are Hadoop configuration files. */
  @Value.Default
  default List<String> files() {
    return List.of("core-site.xml", "hdfs-site.xml");
  }

  static HdfsConfiguration fromSecret(String secretName) {
    return ImmutableHdfsConfiguration.builder().secretName(secretName).build();
  }

  static ImmutableHdfsConfiguration.Builder builder() {
    return ImmutableHdfsConfiguration.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("HdfsConfiguration");
    problems.require(KubernetesNames.isDnsSubdomain(secretName()), "secretName",
        "\"" + secretName() + "\" is not a Secret name (lower-case letters, digits, '-' and '.')");
    problems.require(!files().isEmpty(), "files", "must name at least one configuration file");
    for (int i = 0; i < files().size(); i++) {
      String file = files().get(i);
      problems.require(KubernetesNames.isConfigKey(file), PathJoiner.index("files", i),
          "\"" + file + "\" is not a Secret key (letters, digits, '-', '_' and '.')");
    }
    problems.throwIfAny();
  }
}
