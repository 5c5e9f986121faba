package dev.alluxiok8s.model.proxy;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the proxy is deployed: one per node beside the workers, or a number of replicas anywhere. */
public enum ProxyKind {
  /** One proxy per node (chart 0.6.54's only choice): clients reach the proxy of their own node. */
  DAEMON_SET("DaemonSet"),
  /** {@code replicas} proxies behind the Service, wherever the scheduler puts them. */
  DEPLOYMENT("Deployment");

  private final String value;

  ProxyKind(String value) {
    this.value = value;
  }

  /** The Kubernetes kind, as the spec file writes it. */
  @JsonValue
  public String value() {
    return value;
  }
}
