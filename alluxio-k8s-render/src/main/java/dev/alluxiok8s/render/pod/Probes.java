package dev.alluxiok8s.render.pod;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;

/**
 * TCP probes on a named container port. Alluxio opens its RPC port only once it serves, so an open
 * port is a fair readiness signal; the startup probe gives a master time to replay its journal
 * before liveness counts.
 */
public final class Probes {

  private Probes() {}

  public static V1Probe readiness(String port) {
    return tcp(port).periodSeconds(10).failureThreshold(3);
  }

  public static V1Probe liveness(String port) {
    return tcp(port).periodSeconds(30).failureThreshold(3).timeoutSeconds(5);
  }

  /** Up to {@code minutes} minutes to start before liveness probes begin. */
  public static V1Probe startup(String port, int minutes) {
    return tcp(port).periodSeconds(10).failureThreshold(minutes * 6);
  }

  private static V1Probe tcp(String port) {
    return new V1Probe().tcpSocket(new V1TCPSocketAction().port(new IntOrString(port)));
  }
}
