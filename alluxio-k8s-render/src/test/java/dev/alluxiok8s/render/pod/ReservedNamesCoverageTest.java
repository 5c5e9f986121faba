package dev.alluxiok8s.render.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.container.ReservedNames;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.metrics.Metrics;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.secret.SecretMounts;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.ufs.HdfsConfiguration;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.object.RenderedObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link ReservedNames} is derived from what the renderer writes: every volume, container and port
 * name and every environment variable in the pods of the components a spec may add to (masters,
 * workers, FUSE, log server, proxy), and every key of the ConfigMap their containers load, is one
 * the model refuses in what a spec adds. A name added to the renderer and not there fails here,
 * before a spec's own volume or variable can silently replace it.
 */
class ReservedNamesCoverageTest {

  private static final Set<Component> WITH_POD_EXTRAS = Set.of(Component.MASTER, Component.WORKER, Component.FUSE,
      Component.LOG_SERVER, Component.PROXY, Component.CONFIG);

  private static List<AlluxioCluster> everyFeature() {
    PodSecurityExemption privileged = PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE needs CAP_SYS_ADMIN");
    return List.of(
        Clusters.minimal(),
        Clusters.highlyAvailable(),
        Clusters.with(spec -> spec
            .underStorage(UnderStorage.builder().rootUri("hdfs://namenode:8020/data")
                .hdfsConfiguration(HdfsConfiguration.fromSecret("hdfs-config"))
                .addCredentials(CredentialReference.of("aws.secretKey", "s3", "secret-key")).build())
            .journal(Journal.builder().folder("hdfs://namenode:8020/journal")
                .hdfsConfiguration(HdfsConfiguration.fromSecret("hdfs-config")).build())
            .metastore(Metastore.builder().type(MetastoreType.ROCKS).build())
            .secrets(SecretMounts.builder().putMaster("tls-certs", "tls").putWorker("tls-certs", "tls")
                .putFuse("tls-certs", "tls").build())
            .workers(Workers.builder().hostNetwork(false).build())
            .fuse(Fuse.builder().enabled(true).podSecurity(privileged).build())
            .logServer(LogServer.builder().enabled(true).build())
            .proxy(Proxy.builder().enabled(true).build())
            .metrics(Metrics.builder().enabled(true).build())),
        Clusters.with(spec -> spec
            .workers(Workers.builder().podSecurity(privileged).build())
            .fuse(Fuse.builder().enabled(true).inWorker(true).build())));
  }

  @Test
  void everyNameTheRendererGivesItsOwnIsReserved() throws Exception {
    Set<String> unreserved = new TreeSet<>();
    for (AlluxioCluster cluster : everyFeature()) {
      for (RenderedObject o : ManifestRenderer.builder().build().render(cluster).cluster().objects()) {
        if (!WITH_POD_EXTRAS.contains(o.component())) {
          continue;
        }
        if (o.component() == Component.CONFIG) {
          map(o.tree(), "data").keySet().stream().filter(k -> ReservedNames.env(k).isEmpty())
              .forEach(k -> unreserved.add("ConfigMap key " + k));
          continue;
        }
        Map<String, Object> pod = map(map(map(o.tree(), "spec"), "template"), "spec");
        for (Object v : list(pod, "volumes")) {
          String name = (String) map(v).get("name");
          if (ReservedNames.volume(name).isEmpty()) {
            unreserved.add("volume " + name);
          }
        }
        for (String kind : List.of("initContainers", "containers")) {
          for (Object c : list(pod, kind)) {
            String name = (String) map(c).get("name");
            if (ReservedNames.container(name).isEmpty()) {
              unreserved.add("container " + name);
            }
            list(map(c), "ports").stream().map(p -> (String) map(p).get("name"))
                .filter(n -> !ReservedNames.port(n)).forEach(n -> unreserved.add("port " + n));
            list(map(c), "env").stream().map(e -> (String) map(e).get("name"))
                .filter(n -> ReservedNames.env(n).isEmpty()).forEach(n -> unreserved.add("variable " + n));
          }
        }
      }
    }
    assertThat(unreserved).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return map(parent.get(key));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> parent, String key) {
    return parent.get(key) instanceof List<?> l ? (List<Object>) l : List.of();
  }
}
