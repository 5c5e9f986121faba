package dev.alluxiok8s.render.metrics;

import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.List;

/**
 * The Prometheus operator's {@code monitoring.coreos.com/v1} ServiceMonitor, as far as we write it.
 * The official client has no class for custom resources, so this one is shaped like its generated
 * models (gson's {@code @SerializedName} on every wire field, in output order): the same tree
 * conversion and YAML writer then emit it as deterministically as the built-in kinds.
 */
public final class ServiceMonitorObject implements KubernetesObject {

  public static final String API_VERSION = "monitoring.coreos.com/v1";
  public static final String KIND = "ServiceMonitor";

  @SerializedName("apiVersion")
  private final String apiVersion = API_VERSION;

  @SerializedName("kind")
  private final String kind = KIND;

  @SerializedName("metadata")
  private final V1ObjectMeta metadata;

  @SerializedName("spec")
  private final Spec spec;

  public ServiceMonitorObject(V1ObjectMeta metadata, Spec spec) {
    this.metadata = metadata;
    this.spec = spec;
  }

  @Override
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public String getKind() {
    return kind;
  }

  public Spec getSpec() {
    return spec;
  }

  /** Which Services to watch and what to scrape on them. */
  public record Spec(
      @SerializedName("selector") V1LabelSelector selector,
      @SerializedName("endpoints") List<Endpoint> endpoints) {}

  /**
   * One scraped port of the selected Services: its name on the Service, the path, the optional
   * interval and timeout, and relabelings that keep only the Services meant.
   */
  public record Endpoint(
      @SerializedName("port") String port,
      @SerializedName("path") String path,
      @SerializedName("interval") String interval,
      @SerializedName("scrapeTimeout") String scrapeTimeout,
      @SerializedName("relabelings") List<Relabeling> relabelings) {}

  /** A Prometheus relabel rule, in the operator's field names. */
  public record Relabeling(
      @SerializedName("sourceLabels") List<String> sourceLabels,
      @SerializedName("regex") String regex,
      @SerializedName("action") String action) {}
}
