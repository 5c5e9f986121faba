package dev.alluxiok8s.render.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.property.ManagedProperties;
import dev.alluxiok8s.render.Clusters;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ManagedProperties} is derived from what the renderer writes: every {@code -Dkey} the
 * ConfigMap carries for clusters that switch on each feature (single and several masters, each
 * journal, RocksDB, short-circuit on and off, workers on and off the host network, FUSE, HDFS
 * configuration) is one a user may not set, except the credential properties, whose names the
 * user chooses. A property added to the renderer and not to that list fails here.
 */
class ManagedPropertiesCoverageTest {

  private static final Pattern SYSTEM_PROPERTY = Pattern.compile("-D([^=\\s]+)=");

  @Test
  void everyPropertyTheRendererWritesIsManaged() {
    Set<String> written = new TreeSet<>();
    Set<String> credentials = new TreeSet<>();
    for (AlluxioCluster cluster : Clusters.everyFeature()) {
      cluster.spec().underStorage().credentials().forEach(c -> credentials.add(c.property()));
      for (String options : Clusters.context(cluster).configData().values()) {
        Matcher m = SYSTEM_PROPERTY.matcher(options);
        while (m.find()) {
          written.add(m.group(1));
        }
      }
    }
    written.removeAll(credentials);
    // The Helm import still passes this one through as a property (chart values set it by hand);
    // managing it waits for the Helm mapping to move it to spec.journal.hdfsConfiguration.
    written.remove("alluxio.master.journal.ufs.option.alluxio.underfs.hdfs.configuration");
    // The features above reach the renderer's optional branches, so the list is not trivially short.
    assertThat(written).contains("alluxio.worker.container.hostname", "alluxio.master.metastore.dir",
        "alluxio.master.embedded.journal.addresses", "alluxio.user.hostname", "alluxio.user.short.circuit.enabled",
        "alluxio.proxy.web.port", "alluxio.metrics.conf.file", "alluxio.worker.fuse.enabled");
    assertThat(written).allSatisfy(key -> assertThat(ManagedProperties.ownerOf(key)).as(key).isPresent());
  }
}
