package dev.alluxiok8s.render.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.container.ReservedNames;
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

  @Test
  void everyNameTheRendererGivesItsOwnIsReserved() throws Exception {
    Set<String> unreserved = new TreeSet<>();
    for (AlluxioCluster cluster : Clusters.everyFeature()) {
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
