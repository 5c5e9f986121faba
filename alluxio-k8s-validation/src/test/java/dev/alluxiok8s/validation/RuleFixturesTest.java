package dev.alluxiok8s.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.validation.bundle.BundleRules;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.validation.podsecurity.PodSecurityRules;
import dev.alluxiok8s.validation.practices.PracticeRules;
import dev.alluxiok8s.validation.rules.ConfigDataRules;
import dev.alluxiok8s.validation.rules.MetadataRules;
import dev.alluxiok8s.validation.rules.SelectorRules;
import dev.alluxiok8s.validation.rules.ServiceRules;
import dev.alluxiok8s.validation.rules.WorkloadRules;
import dev.alluxiok8s.validation.rules.PodSpecRules;
import dev.alluxiok8s.validation.structure.StructureValidator;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule has a pair of fixtures in {@code fixtures/}: {@code RULE.fail.yaml} lists, in {@code #
 * expect: [document] path} comments, exactly where the rule must fire; {@code RULE.pass.yaml} is a
 * near-identical case where it must not fire at all.
 */
class RuleFixturesTest {

  /** Pod Security check ids, which live as literals beside their checks. */
  private static final List<String> POD_SECURITY_CHECKS =
      List.of("PSS-BASELINE-HOST-NAMESPACES", "PSS-BASELINE-HOSTPATH", "PSS-BASELINE-PRIVILEGED",
          "PSS-BASELINE-CAPABILITIES", "PSS-BASELINE-PROCMOUNT", "PSS-BASELINE-SECCOMP", "PSS-BASELINE-APPARMOR",
          "PSS-BASELINE-SELINUX", "PSS-BASELINE-HOSTPROCESS", "PSS-BASELINE-HOSTPORTS", "PSS-BASELINE-SYSCTLS",
          "PSS-BASELINE-PROBE-HOST", "PSS-RESTRICTED-VOLUMES", "PSS-RESTRICTED-PRIVILEGE-ESCALATION",
          "PSS-RESTRICTED-RUN-AS-NON-ROOT", "PSS-RESTRICTED-RUN-AS-USER", "PSS-RESTRICTED-SECCOMP",
          "PSS-RESTRICTED-CAPABILITIES");

  /** Rules whose fixtures are too large for files; {@link SizeLimitsTest} covers them. */
  private static final Set<String> COVERED_IN_JAVA = Set.of(MetadataRules.ANNOTATION_SIZE, ConfigDataRules.CONFIG_SIZE);

  @TestFactory
  Stream<DynamicTest> failingFixturesFireExactlyWhereExpected() throws IOException {
    return fixtures(".fail.yaml").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String rule = ruleOf(file, ".fail.yaml");
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Set<String> expected = new TreeSet<>();
      for (String line : text.lines().toList()) {
        if (line.startsWith("# expect: ")) {
          String e = line.substring(10).trim();
          expected.add(e.matches("\\d+ .*") ? e : "0 " + e);
        }
      }
      assertThat(expected).as("fixture %s lists where %s fires", file, rule).isNotEmpty();
      List<Diagnostic> found = Fixtures.of(Fixtures.validate(file), rule);
      Set<String> actual = new TreeSet<>();
      found.forEach(f -> actual.add(f.object().orElseThrow().index() + " " + f.path()));
      assertThat(actual).as("where %s fired in %s: %s", rule, file.getFileName(), found).isEqualTo(expected);
      assertThat(found).allSatisfy(f -> {
        assertThat(f.message()).isNotBlank();
        assertThat(f.location()).isPresent();
      });
    }));
  }

  @TestFactory
  Stream<DynamicTest> passingFixturesDoNotFire() throws IOException {
    return fixtures(".pass.yaml").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String rule = ruleOf(file, ".pass.yaml");
      assertThat(Fixtures.of(Fixtures.validate(file), rule)).as("%s must not fire on %s", rule, file.getFileName()).isEmpty();
    }));
  }

  @Test
  void everyRuleHasAFailingAndAPassingFixture() throws Exception {
    Set<String> ids = new TreeSet<>(POD_SECURITY_CHECKS);
    for (Class<?> c : List.of(StructureValidator.class, MetadataRules.class, SelectorRules.class, ServiceRules.class,
        ConfigDataRules.class, WorkloadRules.class, PodSpecRules.class, BundleRules.class,
        PodSecurityRules.class, PracticeRules.class)) {
      for (Field f : c.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          String v = (String) f.get(null);
          if (v.matches("(K8S|BUNDLE|PSS|PRACTICE)-[A-Z0-9-]+")) {
            ids.add(v);
          }
        }
      }
    }
    ids.removeAll(COVERED_IN_JAVA);
    Path dir = Fixtures.folder();
    assertThat(ids).hasSizeGreaterThan(60);
    assertThat(ids).allSatisfy(id -> {
      assertThat(dir.resolve(id + ".fail.yaml")).exists();
      assertThat(dir.resolve(id + ".pass.yaml")).exists();
    });
  }

  private static Stream<Path> fixtures(String suffix) throws IOException {
    try (Stream<Path> s = Files.list(Fixtures.folder())) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList().stream();
    }
  }

  private static String ruleOf(Path file, String suffix) {
    String n = file.getFileName().toString();
    return n.substring(0, n.length() - suffix.length());
  }
}
