package dev.alluxiok8s.render.yaml;

import java.util.regex.Pattern;

/**
 * An independent reading of the YAML 1.1 type repository (yaml.org/type: bool, null, int, float,
 * timestamp, merge, value), kept apart from {@link Yaml11Resolver} so that the round-trip property
 * does not check the resolver against itself.
 *
 * <p>One deliberate deviation: the spec's float allows several dots ({@code [0-9.]*}), which no
 * real reader implements and which would make every version number a float; PyYAML, SnakeYAML 1.x
 * and Go's yaml.v2 all read {@code 2.9.0} as a string, and so does this oracle.
 */
final class Yaml11SpecOracle {

  private static final Pattern NOT_A_STRING =
      Pattern.compile(
          String.join(
              "|",
              "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
              "~|null|Null|NULL|",
              "[-+]?0b[0-1_]+",
              "[-+]?0[0-7_]+",
              "[-+]?(0|[1-9][0-9_]*)",
              "[-+]?0x[0-9a-fA-F_]+",
              "[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+",
              "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?",
              "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*",
              "[-+]?\\.(inf|Inf|INF)",
              "\\.(nan|NaN|NAN)",
              "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]",
              "[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]"
                  + ":[0-9][0-9](\\.[0-9]*)?(([ \\t]*)Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?",
              "<<",
              "="));

  private Yaml11SpecOracle() {}

  /** Whether a YAML 1.1 reader takes this plain scalar for a string. */
  static boolean readsAsString(String plain) {
    return !NOT_A_STRING.matcher(plain).matches();
  }
}
