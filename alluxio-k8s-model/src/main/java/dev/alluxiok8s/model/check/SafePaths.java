package dev.alluxiok8s.model.check;

import java.util.List;
import java.util.Optional;

/**
 * Which directories a spec may put a volume at. A spec may come from someone with less power than
 * whoever applies its output, so a node directory ({@code hostPath}) may not reach the node's
 * system, its container runtime or the kubelet, and a container directory may not hide the
 * image's Alluxio ({@code /opt/alluxio}) or the kernel's file systems. Paths are absolute, without
 * {@code .} or {@code ..} and without empty segments, so that two spellings of one directory
 * ({@code /mnt/ssd} and {@code /mnt/ssd/}) are caught by {@link #sameOrNested}. One list serves
 * node and container: a tier directory given no volume of its own is also the node directory.
 *
 * <pre>{@code
 * SafePaths.checkNodePath(problems, "shortCircuit.hostPath", "/var/run");
 * // shortCircuit.hostPath: "/var/run" holds the node's runtime sockets ...; use a directory of its own ...
 * }</pre>
 */
public final class SafePaths {

  private record Protected(String directory, boolean subdirectoriesToo, String why) {}

  private static final String SYSTEM = "a system directory";
  private static final String RUNTIME = "the container runtime's or the kubelet's";
  /** Refused on the node and in the container, with every directory above them. */
  private static final List<Protected> PROTECTED = List.of(
      new Protected("/etc", true, SYSTEM), new Protected("/proc", true, "the kernel's process file system"),
      new Protected("/sys", true, "the kernel's sysfs"), new Protected("/boot", true, SYSTEM),
      new Protected("/usr", true, SYSTEM), new Protected("/bin", true, SYSTEM), new Protected("/sbin", true, SYSTEM),
      new Protected("/lib", true, SYSTEM), new Protected("/lib64", true, SYSTEM), new Protected("/root", true, SYSTEM),
      new Protected("/opt/alluxio", true, "the image's Alluxio installation (a volume there hides it)"),
      new Protected("/var/lib/kubelet", true, RUNTIME), new Protected("/var/lib/docker", true, RUNTIME),
      new Protected("/var/lib/containerd", true, RUNTIME), new Protected("/var/run/secrets", true, RUNTIME),
      new Protected("/run/secrets", true, RUNTIME), new Protected("/var/run/docker.sock", true, RUNTIME),
      new Protected("/var/run/containerd", true, RUNTIME), new Protected("/run/containerd", true, RUNTIME),
      new Protected("/var/run/crio", true, RUNTIME), new Protected("/run/crio", true, RUNTIME),
      // Their own subdirectories (/var/run/alluxio-domain) are fine; the whole holds every runtime socket.
      new Protected("/var/run", false, "the directory of the runtime's sockets"),
      new Protected("/run", false, "the directory of the runtime's sockets"),
      // Except /dev/shm and below: shared memory, the usual MEM tier (see TierLevel.SHARED_MEMORY).
      new Protected("/dev", true, "the devices"));

  private SafePaths() {}

  /** Checks a directory inside a container (journal folder, metastore, tier directory, socket directory). */
  public static void checkContainerPath(Problems problems, String path, String value) {
    check(problems, path, value, false);
  }

  /** Checks a node directory mounted with {@code hostPath}. */
  public static void checkNodePath(Problems problems, String path, String value) {
    check(problems, path, value, true);
  }

  /** {@code value} without trailing slashes: {@code /mnt/ssd/} is {@code /mnt/ssd}. */
  public static String normalized(String value) {
    String v = value;
    while (v.length() > 1 && v.endsWith("/")) {
      v = v.substring(0, v.length() - 1);
    }
    return v;
  }

  /** Whether two directories are one, or one holds the other, however their trailing slashes are written. */
  public static boolean sameOrNested(String a, String b) {
    String x = normalized(a);
    String y = normalized(b);
    return x.equals(y) || isUnder(x, y) || isUnder(y, x);
  }

  private static void check(Problems problems, String path, String value, boolean onNode) {
    if (!value.startsWith("/") || normalized(value).equals("/")) {
      problems.add(SpecRule.SAFE_PATH, path, "must be an absolute path other than /, got \"" + value + "\"");
      return;
    }
    if (EnvFileCharacters.firstUnsafe(value).isPresent()) {
      EnvFileCharacters.check(problems, path, value);
      return;
    }
    String dir = normalized(value);
    for (String segment : dir.substring(1).split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        problems.add(SpecRule.SAFE_PATH, path, "\"" + value + "\" may not contain '.', '..' or '//' segments; write the directory as it is ("
            + "a path with '..' could leave the directory it seems to name)");
        return;
      }
    }
    protectedOne(dir).ifPresent(p -> {
      String where = dir.equals(p.directory()) ? "is " : isUnder(dir, p.directory()) ? "is inside " : "holds ";
      problems.add(SpecRule.SAFE_PATH, path, "\"" + value + "\" " + where + p.directory() + ", " + p.why()
          + (onNode ? " on the node" : " in the container") + "; use a directory of its own, such as "
          + (onNode ? "/mnt/alluxio-ssd" : "/mnt/alluxio"));
    });
  }

  private static Optional<Protected> protectedOne(String dir) {
    if (dir.equals("/dev/shm") || isUnder(dir, "/dev/shm")) {
      return Optional.empty();
    }
    // What the directory is or lies in says more than what it happens to hold: /var/run is the
    // runtime's socket directory before it is the parent of /var/run/secrets.
    for (Protected p : PROTECTED) {
      if (dir.equals(p.directory()) || (p.subdirectoriesToo() && isUnder(dir, p.directory()))) {
        return Optional.of(p);
      }
    }
    return PROTECTED.stream().filter(p -> isUnder(p.directory(), dir)).findFirst();
  }

  /** Whether {@code dir} is strictly inside {@code parent} (both normalized). */
  private static boolean isUnder(String dir, String parent) {
    return dir.startsWith(parent.equals("/") ? "/" : parent + "/") && !dir.equals(parent);
  }
}
