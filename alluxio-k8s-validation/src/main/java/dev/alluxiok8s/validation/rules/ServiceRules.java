package dev.alluxiok8s.validation.rules;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Service ports: names, numbers, target ports, and no port given twice. */
public final class ServiceRules {

  /** Service port name, number or target port. */
  public static final String SERVICE_PORT = "K8S-SERVICE-PORT";

  private ServiceRules() {}

  /** A Service's ports, and its selector's label syntax. */
  static void check(ObjectCheck check, Map<String, Object> spec) {
    servicePorts(check, spec);
    MetadataRules.labels(check, Trees.map(spec, "selector"), FieldPath.ROOT.field("spec").field("selector"));
  }

  private static void servicePorts(ObjectCheck check, Map<String, Object> spec) {
    int count = Trees.list(spec, "ports").size();
    FieldPath at = FieldPath.ROOT.field("spec").field("ports");
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    for (Trees.Item item : Trees.items(spec, "ports")) {
      Map<String, Object> port = item.map();
      FieldPath p = at.index(item.index());
      String name = Trees.string(port, "name");
      if (name == null || name.isEmpty()) {
        if (count > 1) {
          check.error(SERVICE_PORT, p.field("name"), "Required value", "name every port of a Service with more than one port");
        }
      } else {
        for (String e : KubernetesNames.dns1123Label(name)) {
          check.error(SERVICE_PORT, p.field("name"), "Invalid value: \"" + name + "\": " + e, "use a lower-case DNS label");
        }
        if (!names.add(name)) {
          check.error(SERVICE_PORT, p.field("name"), "Duplicate value: \"" + name + "\"", "give each port its own name");
        }
      }
      Long number = Trees.integer(port, "port");
      if (number != null) {
        PodSpecRules.portRange(check, SERVICE_PORT, p.field("port"), number, 1);
        String protocol = Objects.toString(Trees.string(port, "protocol"), "TCP");
        if (!numbers.add(number + "/" + protocol)) {
          check.error(SERVICE_PORT, p, "Duplicate value: core.ServicePort{Port:" + number + ", Protocol:\"" + protocol + "\"}", "remove the duplicate port");
        }
      }
      Object target = port.get("targetPort");
      Long targetNumber = Trees.integral(target);
      if (target instanceof String s) {
        for (String e : KubernetesNames.portName(s)) {
          check.error(SERVICE_PORT, p.field("targetPort"), "Invalid value: \"" + s + "\": " + e, "name a container port (IANA_SVC_NAME) or give a number");
        }
      } else {
        PodSpecRules.portRange(check, SERVICE_PORT, p.field("targetPort"), targetNumber, 1);
      }
    }
  }
}
