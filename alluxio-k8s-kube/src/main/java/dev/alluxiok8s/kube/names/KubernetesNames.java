package dev.alluxiok8s.kube.names;

import java.util.regex.Pattern;

/**
 * The name formats the Kubernetes API server enforces (apimachinery's {@code IsDNS1123Label},
 * {@code IsDNS1123Subdomain}, {@code IsQualifiedName} and label values), so the model refuses a
 * name before it reaches a manifest the server would reject.
 */
public final class KubernetesNames {

  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern QUALIFIED_NAME_PART =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

  private KubernetesNames() {}

  /** A DNS-1123 label: lower-case alphanumerics and '-', starting and ending alphanumeric, at most 63. */
  public static boolean isDnsLabel(String value) {
    return value.length() <= 63 && DNS1123_LABEL.matcher(value).matches();
  }

  /** A DNS-1123 subdomain: labels joined by '.', at most 253 characters. */
  public static boolean isDnsSubdomain(String value) {
    return value.length() <= 253 && DNS1123_SUBDOMAIN.matcher(value).matches();
  }

  /** A label or annotation key: an optional DNS subdomain prefix and '/', then a name of at most 63. */
  public static boolean isQualifiedName(String value) {
    int slash = value.lastIndexOf('/');
    String name = slash < 0 ? value : value.substring(slash + 1);
    if (slash >= 0) {
      String prefix = value.substring(0, slash);
      if (prefix.isEmpty() || !isDnsSubdomain(prefix)) {
        return false;
      }
    }
    return !name.isEmpty() && name.length() <= 63 && QUALIFIED_NAME_PART.matcher(name).matches();
  }

  /** A label value: empty, or at most 63 alphanumerics, '-', '_' and '.', starting and ending alphanumeric. */
  public static boolean isLabelValue(String value) {
    return value.isEmpty()
        || (value.length() <= 63 && QUALIFIED_NAME_PART.matcher(value).matches());
  }
}
