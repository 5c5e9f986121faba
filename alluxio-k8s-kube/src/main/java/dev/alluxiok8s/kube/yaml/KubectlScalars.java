package dev.alluxiok8s.kube.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/** Scalar typing for {@link YamlSettings.Scalars#KUBECTL}. */
final class KubectlScalars {

  private static final ScalarResolver RESOLVER = new CoreScalarResolver(false);

  private KubectlScalars() {}

  /**
   * Resolves a scalar the way kubectl does. kubectl turns YAML into JSON with sigs.k8s.io/yaml, which
   * reads plain scalars by go-yaml v2's YAML 1.1 rules: {@code yes}, {@code on}, {@code y} (and their
   * negations) are booleans, and a leading zero makes an octal integer ({@code 0644} is 420). Everything
   * else follows the YAML 1.2 core schema, which agrees with YAML 1.1 on the values manifests use.
   * Quoted and block scalars stay strings.
   */
  static Object resolve(ScalarEvent s) {
    String v = s.getValue();
    Optional<String> explicit = s.getTag().filter(t -> !t.equals("!"));
    Tag tag;
    if (explicit.isPresent()) {
      tag = new Tag(explicit.get());
    } else if (s.isPlain() && s.getImplicit().canOmitTagInPlainScalar()) {
      Boolean yaml11 = YAML11_BOOLEANS.get(v);
      if (yaml11 != null) {
        return yaml11;
      }
      if (YAML11_OCTAL.matcher(v).matches()) {
        return integer((v.startsWith("-") ? "-0o" : "0o") + v.replaceFirst("^[-+]?0", ""));
      }
      tag = RESOLVER.resolve(v, true);
    } else {
      return v;
    }
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.valueOf(v.equalsIgnoreCase("true"));
    }
    if (tag.equals(Tag.INT)) {
      return integer(v);
    }
    if (tag.equals(Tag.FLOAT)) {
      return floating(v);
    }
    return v;
  }

  /** go-yaml v2's boolean words (resolve.go), looked up exactly as written. */
  private static final Map<String, Boolean> YAML11_BOOLEANS = yaml11Booleans();

  private static final Pattern YAML11_OCTAL = Pattern.compile("[-+]?0[0-7]+");

  private static Map<String, Boolean> yaml11Booleans() {
    Map<String, Boolean> m = new HashMap<>();
    for (String t : List.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON")) {
      m.put(t, Boolean.TRUE);
    }
    for (String f : List.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF")) {
      m.put(f, Boolean.FALSE);
    }
    return m;
  }

  private static Object integer(String v) {
    try {
      String t = v.startsWith("+") ? v.substring(1) : v;
      boolean negative = t.startsWith("-");
      String digits = negative ? t.substring(1) : t;
      BigInteger b;
      if (digits.startsWith("0o")) {
        b = new BigInteger(digits.substring(2), 8);
      } else if (digits.startsWith("0x")) {
        b = new BigInteger(digits.substring(2), 16);
      } else {
        b = new BigInteger(digits);
      }
      b = negative ? b.negate() : b;
      return b.bitLength() < 64 ? (Object) b.longValue() : new BigDecimal(b);
    } catch (NumberFormatException e) {
      return v;
    }
  }

  private static Object floating(String v) {
    String t = v.toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith(".inf")) {
      return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (t.equals(".nan")) {
      return Double.NaN;
    }
    try {
      // BigDecimal keeps the number as written, so "0.5" stays 0.5 for quantity checks.
      return new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
    } catch (NumberFormatException e) {
      return v;
    }
  }
}
