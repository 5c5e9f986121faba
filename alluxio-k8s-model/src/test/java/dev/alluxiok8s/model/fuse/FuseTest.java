package dev.alluxiok8s.model.fuse;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import org.junit.jupiter.api.Test;

class FuseTest {

  @Test
  void offByDefaultWithChart052sOptions() {
    Fuse fuse = Fuse.builder().build();
    assertThat(fuse.enabled()).isFalse();
    // Chart 0.6.54's: chart 0.5.2's /alluxio-fuse has the node's root as its parent.
    assertThat(fuse.mountPoint()).isEqualTo("/mnt/alluxio-fuse");
    assertThat(fuse.alluxioPath()).isEqualTo("/");
    assertThat(fuse.mountOptions()).containsExactly("allow_other");
    // Heap and direct memory come from JvmMemory.FUSE, written out by the renderer.
    assertThat(fuse.jvmOptions()).isEmpty();
    assertThat(fuse.hostNetwork()).isTrue();
    assertThat(fuse.effectiveDnsPolicy()).isEqualTo(DnsPolicy.CLUSTER_FIRST_WITH_HOST_NET);
  }

  @Test
  void enabledWithAnExemptionAndADemoClient() {
    Fuse fuse = Fuse.builder().enabled(true).mountPoint("/mnt/alluxio-fuse").demoClient(true)
        .addMountOptions("max_readahead=0", "attr_timeout=7200")
        .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts need CAP_SYS_ADMIN")).build();
    // A list given replaces the default list as a whole, in Java as in a spec file.
    assertThat(fuse.mountOptions()).containsExactly("max_readahead=0", "attr_timeout=7200");
  }

  @Test
  void refusesBadMountPointAlluxioPathAndOptions() {
    assertThat(problemsOf("Fuse", () -> Fuse.builder().mountPoint("/").alluxioPath("data").addMountOptions("-o ro").build()))
        .containsExactly(
            problem("mountPoint", "must be an absolute path of at least two levels, of letters, digits, '.', '_' and "
                + "'-' (its parent directory is shared with the node, and may not be the node's root), got \"/\""),
            problem("alluxioPath", "must be an absolute Alluxio path, got \"data\""),
            problem("mountOptions[0]", "\"-o ro\" is not a FUSE mount option (examples: allow_other, max_readahead=0)"));
  }

  @Test
  void refusesMountPointsWhoseParentCannotBeShared() {
    for (String mountPoint : new String[] {"/alluxio-fuse", "/mnt/../alluxio", "/mnt/a b", "/mnt/fuse/", "mnt/fuse"}) {
      assertThat(problemsOf("Fuse", () -> Fuse.builder().mountPoint(mountPoint).build()))
          .as(mountPoint).extracting(p -> p.path()).containsExactly("mountPoint");
    }
    assertThat(Fuse.builder().mountPoint("/var/lib/alluxio.fuse-0").build().mountPoint()).isEqualTo("/var/lib/alluxio.fuse-0");
  }

  @Test
  void theMountPointStaysOffTheNodesSystemDirectories() {
    assertThat(problemsOf("Fuse", () -> Fuse.builder().mountPoint("/etc/alluxio-fuse").build()))
        .containsExactly(problem(SpecRule.SAFE_PATH, "mountPoint", "\"/etc/alluxio-fuse\" is inside /etc, a system directory "
            + "on the node; use a directory of its own, such as /mnt/alluxio-ssd"));
  }

  @Test
  void theAlluxioPathReachesTheScriptsAsWritten() {
    assertThat(problemsOf("Fuse", () -> Fuse.builder().alluxioPath("/data$(id)").build()))
        .containsExactly(problem(SpecRule.ENV_FILE_CHARACTER, "alluxioPath", "may not contain '$' (U+0024): Alluxio's "
            + "entrypoint writes this value into conf/alluxio-env.sh as export KEY=\"value\" and sources it, where that "
            + "character would run commands or break the line"));
  }

  @Test
  void refusesADemoClientWithoutFuse() {
    assertThat(problemsOf("Fuse", () -> Fuse.builder().demoClient(true).build()))
        .containsExactly(problem("demoClient", "needs FUSE enabled"));
  }

  @Test
  void checksItsProcessSettingsFirst() {
    assertThat(problemsOf("Fuse", () -> Fuse.builder().addJvmOptions("Xmx1g").demoClient(true).build()))
        .containsExactly(problem("jvmOptions[0]", "\"Xmx1g\" is not a JVM option (it must start with '-', e.g. -Xmx4g)"));
  }

  @Test
  void insideTheWorkerItHasNoPodOrJvmOfItsOwn() {
    Fuse fuse = Fuse.builder().enabled(true).inWorker(true).putProperties("alluxio.fuse.logging.threshold", "5s").build();
    assertThat(fuse.ownDaemonSet()).isFalse();
    assertThat(Fuse.builder().enabled(true).build().ownDaemonSet()).isTrue();

    assertThat(problemsOf("Fuse", () -> Fuse.builder().inWorker(true).enabled(true).addJvmOptions("-Xmx1g")
        .hostNetwork(false).podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "mounts")).build()))
        .extracting(p -> p.path())
        .containsExactly("jvmOptions", "hostNetwork", "podSecurity");
    assertThat(problemsOf("Fuse", () -> Fuse.builder().inWorker(true).build()))
        .containsExactly(problem("inWorker", "needs FUSE enabled (spec.fuse.enabled: true)"));
  }
}
