package dev.alluxiok8s.render.master;

import dev.alluxiok8s.model.master.Masters;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1ServicePort;
import java.util.List;

/** The ports {@code spec.masters.extraServicePorts} adds to every master Service, after Alluxio's own. */
final class MasterServicePorts {

  private MasterServicePorts() {}

  static List<V1ServicePort> extra(Masters masters) {
    return masters.extraServicePorts().stream()
        .map(p -> new V1ServicePort().name(p.name()).port(p.port()).targetPort(new IntOrString(p.effectiveTargetPort()))
            .protocol(p.protocol()))
        .toList();
  }
}
