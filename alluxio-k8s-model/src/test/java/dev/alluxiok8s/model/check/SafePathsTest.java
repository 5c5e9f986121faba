package dev.alluxiok8s.model.check;

import static dev.alluxiok8s.model.check.ModelAssertions.found;
import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathsTest {

  @ParameterizedTest
  @ValueSource(strings = {"/mnt/ssd", "/mnt/ssd/", "/dev/shm", "/dev/shm/alluxio", "/var/run/alluxio-domain",
      "/tmp/alluxio-journal", "/journal", "/opt/domain", "/opt/alluxio-cache", "/etcetera"})
  void acceptsDirectoriesOfTheirOwn(String path) {
    assertThat(found(p -> SafePaths.checkNodePath(p, "hostPath", path))).isEmpty();
    assertThat(found(p -> SafePaths.checkContainerPath(p, "path", path))).isEmpty();
  }

  @Test
  void refusesSystemDirectoriesTheirInsidesAndWhatHoldsThem() {
    assertThat(found(p -> SafePaths.checkNodePath(p, "hostPath", "/etc"))).containsExactly(problem(SpecRule.SAFE_PATH, "hostPath",
        "\"/etc\" is /etc, a system directory on the node; use a directory of its own, such as /mnt/alluxio-ssd"));
    assertThat(found(p -> SafePaths.checkNodePath(p, "hostPath", "/proc/1/root/"))).containsExactly(problem(SpecRule.SAFE_PATH, "hostPath",
        "\"/proc/1/root/\" is inside /proc, the kernel's process file system on the node; use a directory of its own, "
            + "such as /mnt/alluxio-ssd"));
    assertThat(found(p -> SafePaths.checkNodePath(p, "hostPath", "/var/lib"))).containsExactly(problem(SpecRule.SAFE_PATH, "hostPath",
        "\"/var/lib\" holds /var/lib/kubelet, the container runtime's or the kubelet's on the node; use a directory of its "
            + "own, such as /mnt/alluxio-ssd"));
    assertThat(found(p -> SafePaths.checkContainerPath(p, "mountPath", "/opt/alluxio/conf"))).containsExactly(problem(SpecRule.SAFE_PATH, 
        "mountPath", "\"/opt/alluxio/conf\" is inside /opt/alluxio, the image's Alluxio installation (a volume there hides "
            + "it) in the container; use a directory of its own, such as /mnt/alluxio"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/var/run", "/run", "/var/run/", "/var/run/docker.sock", "/run/containerd/x", "/sys/fs/cgroup",
      "/dev", "/dev/sda", "/opt", "/var", "/root/.ssh", "/usr/local", "/var/run/secrets/kubernetes.io"})
  void refusesTheNodesRuntimeDevicesAndKernel(String path) {
    assertThat(found(p -> SafePaths.checkNodePath(p, "hostPath", path))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/mnt/ssd/../../etc", "/mnt/./ssd", "/mnt//ssd"})
  void refusesPathsThatSayOneDirectoryAndMeanAnother(String path) {
    assertThat(found(p -> SafePaths.checkNodePath(p, "hostPath", path))).containsExactly(problem(SpecRule.SAFE_PATH, "hostPath",
        "\"" + path + "\" may not contain '.', '..' or '//' segments; write the directory as it is (a path with '..' "
            + "could leave the directory it seems to name)"));
  }

  @Test
  void refusesTheRootAndRelativePathsAndShellCharacters() {
    assertThat(found(p -> SafePaths.checkNodePath(p, "hostPath", "//")))
        .containsExactly(problem(SpecRule.SAFE_PATH, "hostPath", "must be an absolute path other than /, got \"//\""));
    assertThat(found(p -> SafePaths.checkContainerPath(p, "path", "mnt/ssd")))
        .containsExactly(problem(SpecRule.SAFE_PATH, "path", "must be an absolute path other than /, got \"mnt/ssd\""));
    assertThat(found(p -> SafePaths.checkContainerPath(p, "path", "/mnt/$(id)"))).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("may not contain '$' (U+0024)"));
  }

  @Test
  void twoSpellingsOfOneDirectoryAreOneDirectory() {
    assertThat(SafePaths.sameOrNested("/mnt/ssd", "/mnt/ssd/")).isTrue();
    assertThat(SafePaths.sameOrNested("/mnt/ssd/a", "/mnt/ssd")).isTrue();
    assertThat(SafePaths.sameOrNested("conf", "conf/inner")).isTrue();
    assertThat(SafePaths.sameOrNested("/mnt/ssd", "/mnt/ssd1")).isFalse();
  }
}
