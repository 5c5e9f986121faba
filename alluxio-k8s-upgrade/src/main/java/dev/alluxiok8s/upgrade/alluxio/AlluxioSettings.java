package dev.alluxiok8s.upgrade.alluxio;

import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.ObjectTrees;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Alluxio settings an upgrade can break, read from the {@code -Dkey=value} Java options of
 * the cluster's ConfigMap (the variables Alluxio's entrypoint passes to each process): the way
 * both Alluxio's chart and this project configure Alluxio, so manifests of either are read alike.
 * The masters' own variable overrides the shared one, as on the masters' command line.
 *
 * @param configMap the ConfigMap that holds them
 * @param properties each property the masters get, with the ConfigMap data key that sets it
 */
public record AlluxioSettings(DeployedObject configMap, Map<String, Setting> properties) {

  public static final String JOURNAL_TYPE = "alluxio.master.journal.type";
  public static final String JOURNAL_FOLDER = "alluxio.master.journal.folder";
  public static final String EMBEDDED_ADDRESSES = "alluxio.master.embedded.journal.addresses";
  public static final String METASTORE = "alluxio.master.metastore";

  /** The variables the masters' Java command line is made of, in the order later ones override. */
  private static final List<String> MASTER_VARIABLES = List.of("ALLUXIO_JAVA_OPTS", "ALLUXIO_MASTER_JAVA_OPTS");
  private static final Pattern OPTION = Pattern.compile("(?:^|\\s)-D([A-Za-z0-9_.\\-]+)=(\\S*)");

  /** One property: its value and the ConfigMap data key it is written in. */
  public record Setting(String value, String dataKey) {}

  /** The settings of the first ConfigMap holding {@code ALLUXIO_JAVA_OPTS}; empty when no object does. */
  public static Optional<AlluxioSettings> of(List<DeployedObject> objects) {
    for (DeployedObject o : objects) {
      Map<String, Object> data = ObjectTrees.map(o.tree(), "data");
      if (o.kind().equals("ConfigMap") && data.containsKey(MASTER_VARIABLES.get(0))) {
        Map<String, Setting> properties = new LinkedHashMap<>();
        for (String variable : MASTER_VARIABLES) {
          Matcher m = OPTION.matcher(ObjectTrees.text(data, variable));
          while (m.find()) {
            properties.put(m.group(1), new Setting(m.group(2), variable));
          }
        }
        return Optional.of(new AlluxioSettings(o, properties));
      }
    }
    return Optional.empty();
  }

  /** The value of {@code property}, if the options set it. */
  public Optional<Setting> get(String property) {
    return Optional.ofNullable(properties.get(property));
  }

  /** The journal type, upper-cased as Alluxio parses it; empty when not set. */
  public String journalType() {
    return get(JOURNAL_TYPE).map(s -> s.value().toUpperCase(java.util.Locale.ROOT)).orElse("");
  }

  /** The embedded journal's members ({@code host:port}), without the empty item a trailing comma leaves. */
  public List<String> embeddedMembers() {
    return get(EMBEDDED_ADDRESSES).map(s -> Arrays.stream(s.value().split(",")).map(String::trim)
        .filter(a -> !a.isEmpty()).toList()).orElse(List.of());
  }
}
