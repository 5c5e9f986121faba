package dev.alluxiok8s.validation.version;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes minor release whose rules apply. Rules that changed across releases consult it; the
 * API structure itself comes from the client models on the classpath, which describe {@link #DEFAULT}.
 *
 * @param major major version (1)
 * @param minor minor version, for example 36
 */
public record KubernetesVersion(int major, int minor) implements Comparable<KubernetesVersion> {

  /** 1.36, the release the bundled client models (client-java-api 27.0.0) were generated from. */
  public static final KubernetesVersion DEFAULT = new KubernetesVersion(1, 36);

  private static final Pattern TEXT = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?");

  /** Checks the numbers. */
  public KubernetesVersion {
    if (major != 1 || minor < 0) {
      throw new IllegalArgumentException("not a Kubernetes 1.x release: " + major + "." + minor);
    }
  }

  /** The release {@code major.minor}. */
  public static KubernetesVersion of(int major, int minor) {
    return new KubernetesVersion(major, minor);
  }

  /** Parses {@code 1.36}, {@code v1.36} or {@code 1.36.2} (the patch is ignored). */
  public static KubernetesVersion parse(String text) {
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a Kubernetes version: \"" + text + "\", expected for example 1.36");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** True when this release is {@code major.minor} or newer. */
  public boolean isAtLeast(int major, int minor) {
    return compareTo(of(major, minor)) >= 0;
  }

  @Override
  public int compareTo(KubernetesVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  /** {@code 1.36}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
