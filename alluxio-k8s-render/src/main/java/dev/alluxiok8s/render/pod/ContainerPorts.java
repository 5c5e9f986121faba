package dev.alluxiok8s.render.pod;

import io.kubernetes.client.openapi.models.V1ContainerPort;

/** Named container ports; Services and probes refer to them by name, never by number. */
public final class ContainerPorts {

  private ContainerPorts() {}

  public static V1ContainerPort tcp(String name, int number) {
    return new V1ContainerPort().name(name).containerPort(number).protocol("TCP");
  }
}
