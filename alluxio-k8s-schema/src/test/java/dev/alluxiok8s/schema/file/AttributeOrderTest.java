package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A written spec lists each block's attributes in the order spec files always had, although
 * masters, workers and FUSE now inherit their pod settings, and the server processes their common
 * shape, from shared types (which Immutables would otherwise put first).
 */
class AttributeOrderTest {

  /** Every attribute the test looks at, each block written in an order of its own. */
  private static final String SPEC = SpecFixtures.HEADER + """
        journal:
          type: EMBEDDED
        masters:
          podSecurity: {level: privileged, reason: host networking}
          dnsPolicy: Default
          hostNetwork: true
          placement: {nodeSelector: {disk: ssd}}
          ports: {rpc: 19990}
          master:
            properties: {alluxio.debug: "true"}
            resources: {limits: {memory: 4G}}
            jvmOptions: [-Xmx2g]
          count: 3
        workers:
          hostNetwork: false
          placement: {nodeSelector: {disk: ssd}}
          jobWorker:
            resources: {limits: {memory: 4G}}
            jvmOptions: [-Xmx2g]
            properties: {alluxio.debug: "true"}
          podSecurity: {level: privileged, reason: hostPath storage}
          worker:
            properties: {alluxio.debug: "true"}
            jvmOptions: [-Xmx2g]
          dnsPolicy: Default
          ports: {rpc: 29990}
        fuse:
          dnsPolicy: Default
          mountPoint: /mnt/alluxio
          placement: {nodeSelector: {disk: ssd}}
          demoClient: true
          properties: {alluxio.debug: "true"}
          hostNetwork: false
          enabled: true
          podSecurity: {level: privileged, reason: FUSE mounts need CAP_SYS_ADMIN}
          resources: {limits: {memory: 4G}}
          jvmOptions: [-Xmx2g]
      """;

  @Test
  void mastersWorkersFuseAndProcessesKeepTheirAttributeOrder() throws SpecException {
    String written = SpecWriter.create().write(SpecReader.create().readText("order.yaml", SPEC));

    assertThat(keys(written, "masters", 4)).as("written:%n%s", written).containsExactly(
        "count", "master", "jobMaster", "ports", "spreading", "placement", "hostNetwork", "dnsPolicy", "pod", "podSecurity");
    assertThat(keys(written, "master", 6)).containsExactly("jvmOptions", "resources", "properties");
    assertThat(keys(written, "workers", 4)).containsExactly(
        "worker", "jobWorker", "ports", "placement", "hostNetwork", "dnsPolicy", "pod", "podSecurity");
    // The worker process overrides the shared default resources; the order stays.
    assertThat(keys(written.substring(written.indexOf("  workers:")), "worker", 6))
        .containsExactly("jvmOptions", "resources", "properties");
    assertThat(keys(written, "jobWorker", 6)).containsExactly("jvmOptions", "resources", "properties");
    assertThat(keys(written, "fuse", 4)).containsExactly("enabled", "inWorker", "mountPoint", "alluxioPath", "mountOptions",
        "resources", "jvmOptions", "properties", "placement", "hostNetwork", "dnsPolicy", "demoClient", "pod", "podSecurity");
  }

  /** The keys indented by {@code indent} in the block that starts at the line {@code block:}. */
  private static List<String> keys(String yaml, String block, int indent) {
    List<String> keys = new ArrayList<>();
    boolean inside = false;
    String childPrefix = " ".repeat(indent);
    for (String line : yaml.split("\n")) {
      if (line.strip().equals(block + ":") && line.indexOf(block) == indent - 2) {
        inside = true;
      } else if (inside && !line.startsWith(childPrefix)) {
        break;
      } else if (inside && line.charAt(indent) != ' ' && line.charAt(indent) != '-') {
        keys.add(line.substring(indent, line.indexOf(':')));
      }
    }
    return keys;
  }
}
