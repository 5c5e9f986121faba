package dev.alluxiok8s.model.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.quantity.PrometheusDuration;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A ServiceMonitor of the Prometheus operator ({@code monitoring.coreos.com/v1}) that scrapes
 * {@code /metrics/prometheus/} on the web port of every component reached through one of our
 * Services (masters, job masters, proxies). Off by default: the object only applies where the
 * operator's CustomResourceDefinitions are installed.
 *
 * <p>{@code labels} go on the object so that a Prometheus whose {@code serviceMonitorSelector}
 * names them picks it up.
 *
 * <pre>{@code
 * ServiceMonitor monitor = ServiceMonitor.builder().enabled(true).interval("30s").putLabels("release", "prometheus").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableServiceMonitor.class)
@JsonDeserialize(as = ImmutableServiceMonitor.class)
@JsonPropertyOrder({"enabled", "interval", "scrapeTimeout", "labels"})
public interface ServiceMonitor {

  /**
   * The operator's duration grammar (its CRD's {@code Duration} pattern, without its {@code 0}: no
   * scrape every zero seconds): units from years down to milliseconds, each at most once and in
   * that order, e.g. {@code 1m30s}.
   */
  Pattern DURATION = PrometheusDuration.PATTERN;

  @Value.Default
  default boolean enabled() {
    return false;
  }

  /** How often Prometheus scrapes each endpoint, e.g. {@code 30s}; unset, Prometheus's global interval. */
  Optional<String> interval();

  /** How long one scrape may take, e.g. {@code 10s}; unset, Prometheus's global timeout. */
  Optional<String> scrapeTimeout();

  /** Labels of the ServiceMonitor object, e.g. {@code release: prometheus} for the operator's selector. */
  @Value.NaturalOrder
  SortedMap<String, String> labels();

  static ImmutableServiceMonitor.Builder builder() {
    return ImmutableServiceMonitor.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("ServiceMonitor");
    interval().ifPresent(d -> requireDuration(problems, "interval", d));
    scrapeTimeout().ifPresent(d -> requireDuration(problems, "scrapeTimeout", d));
    if (problems.isEmpty() && interval().isPresent() && scrapeTimeout().isPresent()) {
      // Prometheus refuses a scrape config whose timeout exceeds its interval.
      problems.require(millis(scrapeTimeout().get()) <= millis(interval().get()), "scrapeTimeout",
          "\"" + scrapeTimeout().get() + "\" is longer than interval \"" + interval().get() + "\"; Prometheus refuses that");
    }
    labels().forEach((key, value) -> {
      String at = PathJoiner.key("labels", key);
      problems.require(KubernetesNames.isQualifiedName(key), at, "\"" + key + "\" is not a valid label key");
      problems.require(KubernetesNames.isLabelValue(value), at, "\"" + value + "\" is not a valid label value");
      // Our own labels identify the cluster's objects; a spec may not forge or override them.
      problems.require(!ClusterMetadata.RESERVED_LABELS.contains(key), SpecRule.RESERVED_KEY, at, "is set by alluxio-k8s itself and may not be overridden");
      problems.require(!ClusterMetadata.isReservedKey(key), SpecRule.RESERVED_KEY, at,
          "the prefix " + ClusterMetadata.RESERVED_DOMAIN + "/ is reserved for what alluxio-k8s writes itself");
    });
    problems.throwIfAny();
  }

  /** The length of a duration that matched {@link #DURATION}, in milliseconds. */
  static long millis(String duration) {
    return PrometheusDuration.millis(duration);
  }

  private static void requireDuration(Problems problems, String at, String duration) {
    problems.require(!duration.isEmpty() && DURATION.matcher(duration).matches(), at,
        "\"" + duration + "\" is not a Prometheus duration (units y w d h m s ms in that order, e.g. 30s or 1m30s)");
  }
}
