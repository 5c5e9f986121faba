package dev.alluxiok8s.kube.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The name and key formats of {@code k8s.io/apimachinery/pkg/util/validation} ({@code IsDNS1123Label},
 * {@code IsDNS1123Subdomain}, {@code IsDNS1035Label}, {@code IsQualifiedName}, label values, port names,
 * environment variable names, config keys). Each format has one check answering the list of problems
 * in the API server's own words, empty when the value is valid, and, for the formats the model
 * checks, an {@code is...} shorthand so a spec is refused before it reaches a manifest the server
 * would reject.
 */
public final class KubernetesNames {

  /** Longest DNS-1123 label, DNS-1035 label, label value and label/annotation name part. */
  public static final int LABEL_MAX = 63;
  /** Longest DNS-1123 subdomain. */
  public static final int SUBDOMAIN_MAX = 253;

  private static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  private static final String DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
  private static final String QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final String LABEL_VALUE_FMT = "(" + QUALIFIED_NAME_FMT + ")?";
  private static final String ENV_VAR_FMT = "[-._a-zA-Z][-._a-zA-Z0-9]*";
  private static final String CONFIG_KEY_FMT = "[-._a-zA-Z0-9]+";

  private static final Pattern DNS1123_LABEL = Pattern.compile(DNS1123_LABEL_FMT);
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN_FMT);
  private static final Pattern DNS1035_LABEL = Pattern.compile(DNS1035_LABEL_FMT);
  private static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED_NAME_FMT);
  private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FMT);
  private static final Pattern ENV_VAR = Pattern.compile(ENV_VAR_FMT);
  private static final Pattern CONFIG_KEY = Pattern.compile(CONFIG_KEY_FMT);
  private static final Pattern PORT_NAME_CHARS = Pattern.compile("[-a-z0-9]+");
  private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

  private KubernetesNames() {}

  /** Whether {@code value} is a DNS-1123 label (see {@link #dns1123Label}). */
  public static boolean isDnsLabel(String value) {
    return dns1123Label(value).isEmpty();
  }

  /** Whether {@code value} is a DNS-1123 subdomain (see {@link #dns1123Subdomain}). */
  public static boolean isDnsSubdomain(String value) {
    return dns1123Subdomain(value).isEmpty();
  }

  /** Whether {@code value} is a label or annotation key (see {@link #qualifiedName}). */
  public static boolean isQualifiedName(String value) {
    return qualifiedName(value).isEmpty();
  }

  /** Whether {@code value} is a ConfigMap or Secret key (see {@link #configMapKey}). */
  public static boolean isConfigKey(String value) {
    return configMapKey(value).isEmpty();
  }

  /** Whether {@code value} is a label value (see {@link #labelValue}). */
  public static boolean isLabelValue(String value) {
    return labelValue(value).isEmpty();
  }

  /** RFC 1123 label: {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}, at most 63 characters. */
  public static List<String> dns1123Label(String value) {
    return lengthAndFormat(value, LABEL_MAX, DNS1123_LABEL, DNS1123_LABEL_FMT,
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
        "my-name", "123-abc");
  }

  /** RFC 1123 subdomain: dot-separated labels, at most 253 characters. */
  public static List<String> dns1123Subdomain(String value) {
    return lengthAndFormat(value, SUBDOMAIN_MAX, DNS1123_SUBDOMAIN, DNS1123_SUBDOMAIN_FMT,
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        "example.com");
  }

  /** RFC 1035 label (Service names): starts with a letter, at most 63 characters. */
  public static List<String> dns1035Label(String value) {
    return lengthAndFormat(value, LABEL_MAX, DNS1035_LABEL, DNS1035_LABEL_FMT,
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        "my-name", "abc-123");
  }

  /** Path-segment names (RBAC kinds): not {@code .} or {@code ..}, no {@code /} or {@code %}. */
  public static List<String> pathSegmentName(String value) {
    List<String> errs = new ArrayList<>();
    if (value.equals(".") || value.equals("..")) {
      errs.add("may not be '" + value + "'");
    }
    for (String bad : new String[] {"/", "%"}) {
      if (value.contains(bad)) {
        errs.add("may not contain '" + bad + "'");
      }
    }
    return errs;
  }

  /** Label and annotation keys: optional DNS-1123 subdomain prefix, {@code /}, and a qualified name. */
  public static List<String> qualifiedName(String value) {
    List<String> errs = new ArrayList<>();
    String[] parts = value.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      String prefix = parts[0];
      name = parts[1];
      if (prefix.isEmpty()) {
        errs.add("prefix part must be non-empty");
      } else {
        for (String e : dns1123Subdomain(prefix)) {
          errs.add("prefix part " + e);
        }
      }
    } else {
      errs.add(
          "a qualified name "
              + regexError(
                  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                  QUALIFIED_NAME_FMT,
                  "MyName",
                  "my.name",
                  "123-abc")
              + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
      return errs;
    }
    if (name.isEmpty()) {
      errs.add("name part must be non-empty");
    } else if (name.length() > LABEL_MAX) {
      errs.add("name part " + maxLen(LABEL_MAX));
    }
    if (!name.isEmpty() && !QUALIFIED_NAME.matcher(name).matches()) {
      errs.add(
          "name part "
              + regexError(
                  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                  QUALIFIED_NAME_FMT,
                  "MyName",
                  "my.name",
                  "123-abc"));
    }
    return errs;
  }

  /** Label values: empty, or a qualified name of at most 63 characters. */
  public static List<String> labelValue(String value) {
    return lengthAndFormat(value, LABEL_MAX, LABEL_VALUE, LABEL_VALUE_FMT,
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        "MyValue", "my_value", "12345");
  }

  /** IANA_SVC_NAME ({@code IsValidPortName}): 1–15 of {@code [-a-z0-9]}, a letter, no edge or double hyphens. */
  public static List<String> portName(String value) {
    List<String> errs = new ArrayList<>();
    if (value.length() > 15) {
      errs.add("must be no more than 15 characters");
    }
    if (!PORT_NAME_CHARS.matcher(value).matches()) {
      errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (value.contains("--")) {
      errs.add("must not contain consecutive hyphens");
    }
    if (value.startsWith("-") || value.endsWith("-")) {
      errs.add("must not begin or end with a hyphen");
    }
    if (!HAS_LETTER.matcher(value).matches()) {
      errs.add("must contain at least one letter (a-z)");
    }
    return errs;
  }

  /** Environment variable names before the relaxed validation: {@code [-._a-zA-Z][-._a-zA-Z0-9]*}. */
  public static List<String> envVarName(String value) {
    List<String> errs = lengthAndFormat(value, Integer.MAX_VALUE, ENV_VAR, ENV_VAR_FMT,
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
        "my.env-name", "MY_ENV.NAME", "MyEnvName1");
    errs.addAll(dots(value));
    return errs;
  }

  /** Relaxed environment variable names: printable ASCII other than {@code =}, not empty. */
  public static List<String> relaxedEnvVarName(String value) {
    List<String> errs = new ArrayList<>();
    boolean ok = !value.isEmpty();
    for (int i = 0; i < value.length() && ok; i++) {
      char c = value.charAt(i);
      ok = c >= 32 && c <= 126 && c != '=';
    }
    if (!ok) {
      errs.add("a valid environment variable name must consist only of printable ASCII characters other than '='");
    }
    return errs;
  }

  /** ConfigMap and Secret keys: {@code [-._a-zA-Z0-9]+}, at most 253, not {@code .}, {@code ..} or {@code ..*}. */
  public static List<String> configMapKey(String value) {
    List<String> errs = lengthAndFormat(value, SUBDOMAIN_MAX, CONFIG_KEY, CONFIG_KEY_FMT,
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
        "key.name", "KEY_NAME", "key-name");
    errs.addAll(dots(value));
    return errs;
  }

  /** The apimachinery pattern: a length error and a format error, each when it applies. */
  private static List<String> lengthAndFormat(
      String value, int max, Pattern pattern, String fmt, String message, String... examples) {
    List<String> errs = new ArrayList<>();
    if (value.length() > max) {
      errs.add(maxLen(max));
    }
    if (!pattern.matcher(value).matches()) {
      errs.add(regexError(message, fmt, examples));
    }
    return errs;
  }

  private static List<String> dots(String value) {
    if (value.equals(".")) {
      return List.of("must not be '.'");
    }
    if (value.equals("..")) {
      return List.of("must not be '..'");
    }
    if (value.startsWith("..")) {
      return List.of("must not start with '..'");
    }
    return List.of();
  }

  /** {@code must be no more than N characters}. */
  public static String maxLen(int max) {
    return "must be no more than " + max + " characters";
  }

  private static String regexError(String msg, String fmt, String... examples) {
    StringBuilder b = new StringBuilder(msg);
    b.append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        b.append(",  or ");
      }
      b.append('\'').append(examples[i]).append('\'');
    }
    return b.append(", regex used for validation is '").append(fmt).append("')").toString();
  }
}
