package dev.alluxiok8s.kube.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticFormatTest {

  private static final ObjectRef MASTER = new ObjectRef("apps/v1", "StatefulSet", "alluxio", "alluxio-master", 0);

  /** Words only a test gives, so a test sees which front end's words were used. */
  private static final RemedyWording TEST_WORDS = new SpecPathWording() {
    @Override
    public String external(String kind, String name) {
      return "--external " + kind + "/" + name;
    }
  };

  @Test
  void aLocatedObjectDiagnosticStartsWithItsLocation() {
    Diagnostic d = Diagnostic.onObject("K8S-X", Severity.ERROR, MASTER, "spec.replicas", "must be positive",
        Remedy.advice("set 1"), Optional.of(new SourceLocation("deploy/master.yaml", 12, 7)));

    assertThat(DiagnosticFormat.line(d, "alluxio.yaml"))
        .isEqualTo("deploy/master.yaml:12:7: error: StatefulSet/alluxio/alluxio-master: spec.replicas: must be positive [K8S-X]");
    assertThat(DiagnosticFormat.lines(d, "", TEST_WORDS)).last().isEqualTo("  hint: set 1");
  }

  @Test
  void aValueFromTheCommandLineIsReportedAtTheArgumentAsTyped() {
    Diagnostic d = Diagnostic.error("spec.masters.count", "must be odd")
        .at(SourceLocation.argument("--set spec.masters.count=4"));

    assertThat(DiagnosticFormat.line(d, "alluxio.yaml"))
        .isEqualTo("--set spec.masters.count=4: error: spec.masters.count: must be odd");
    assertThat(d.location().orElseThrow().isArgument()).isTrue();
    assertThat(new SourceLocation("a.yaml", 1, 1).isArgument()).isFalse();
  }

  @Test
  void anUnlocatedDiagnosticUsesTheFallbackOrNothing() {
    Diagnostic d = Diagnostic.onObject("PRACTICE-Y", Severity.WARNING, MASTER, "", "is odd", Remedy.none(), Optional.empty());

    assertThat(DiagnosticFormat.line(d, "alluxio.yaml")).isEqualTo("alluxio.yaml: warning: StatefulSet/alluxio/alluxio-master: is odd [PRACTICE-Y]");
    assertThat(DiagnosticFormat.line(d, "")).isEqualTo("warning: StatefulSet/alluxio/alluxio-master: is odd [PRACTICE-Y]");
    assertThat(DiagnosticFormat.lines(d, "", TEST_WORDS)).hasSize(1);
  }

  @Test
  void aSpecProblemHasNoRuleIdAndNoObject() {
    Diagnostic d = Diagnostic.error("spec.masters.count", "must be between 1 and 99, got 0")
        .at(new SourceLocation("alluxio.yaml", 12, 5));

    assertThat(DiagnosticFormat.line(d, "")).isEqualTo("alluxio.yaml:12:5: error: spec.masters.count: must be between 1 and 99, got 0");
    assertThat(DiagnosticFormat.line(Diagnostic.error("", "not YAML"), "f.yaml")).isEqualTo("f.yaml: error: not YAML");
  }

  @Test
  void aDiagnosticReportedAtAnAttributeNamesTheObjectFieldAfterTheMessage() {
    Diagnostic d = Diagnostic.onObject("PSS-X", Severity.ERROR, MASTER, "spec.template.spec.hostNetwork", "violates",
            Remedy.none(), Optional.empty())
        .withPath("spec.masters.hostNetwork")
        .at(new SourceLocation("alluxio.yaml", 9, 5));

    assertThat(DiagnosticFormat.line(d, "")).isEqualTo("alluxio.yaml:9:5: error: spec.masters.hostNetwork: violates"
        + " (in StatefulSet/alluxio/alluxio-master at spec.template.spec.hostNetwork) [PSS-X]");
  }

  @Test
  void eachFrontEndWordsTheSameRemedyInItsOwnVocabulary() {
    Remedy remedy = Remedy.either(Remedy.advice("remove hostNetwork"),
        new Remedy.DeclareExemption("spec.workers.podSecurity", PodSecurityLevel.PRIVILEGED));

    assertThat(TEST_WORDS.words(remedy)).isEqualTo("remove hostNetwork, or declare an exemption in the spec:"
        + " spec.workers.podSecurity (level privileged and a reason)");
    assertThat(JavaApiWording.INSTANCE.words(remedy)).isEqualTo("remove hostNetwork, or declare an exemption with"
        + " Workers.Builder#podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, reason))");
    Remedy external = new Remedy.DeclareExternal("Secret", "s3");
    assertThat(TEST_WORDS.words(external)).isEqualTo("add the Secret to the set, fix the name, or declare it with --external Secret/s3");
    assertThat(JavaApiWording.INSTANCE.words(external))
        .endsWith("declare it with KubernetesValidator.Builder#externalReference(new ExternalReference(\"Secret\", \"s3\"))");
    assertThat(JavaApiWording.INSTANCE.words(new Remedy.SetAttribute("spec.workers.hostNetwork", "false")))
        .isEqualTo("call Workers.Builder#hostNetwork(false)");
    assertThat(TEST_WORDS.words(new Remedy.SetAttribute("spec.workers.hostNetwork", "false")))
        .isEqualTo("set spec.workers.hostNetwork: false in the spec");
  }

  @Test
  void builderMethodsAreFoundFromAttributePaths() {
    assertThat(JavaApiWording.builderMethod("spec.fuse.podSecurity")).isEqualTo("Fuse.Builder#podSecurity");
    assertThat(JavaApiWording.builderMethod("spec.runAs")).isEqualTo("ClusterSpec.Builder#runAs");
    assertThat(JavaApiWording.builderMethod("spec.tieredStore.levels[0].directories[1].path"))
        .isEqualTo("TierDirectory.Builder#path");
    assertThat(JavaApiWording.builderMethod("count")).isEqualTo("count");
    // A path of a list's items names no attribute, or none before the index.
    assertThat(JavaApiWording.builderMethod("[0]")).isEqualTo("[0]");
    assertThat(JavaApiWording.builderMethod("[0].path")).isEqualTo("path");
  }

  @Test
  void anExceptionMessageListsEveryDiagnosticWithItsHintInJavaWords() {
    List<Diagnostic> ds = List.of(
        Diagnostic.error("a", "is wrong").withRemedy(new Remedy.SetAttribute("spec.masters.count", "3")),
        Diagnostic.warning("", "odd"));

    assertThat(DiagnosticFormat.message(ds)).isEqualTo(String.join(System.lineSeparator(),
        "error: a: is wrong", "  hint: call Masters.Builder#count(3)", "warning: odd"));
  }

  @Test
  void quotedTextCannotForgeOrHideALine() {
    // A property key in a spec, quoted by a message: its line break would print a second, forged error.
    Diagnostic d = Diagnostic.error("spec.properties[\"a\nspec.yaml:1:1: error: forged\"]", "bad key \"\u001b[2K\u202e\"")
        .at(new SourceLocation("spec.yaml", 9, 5));

    assertThat(DiagnosticFormat.line(d, ""))
        .isEqualTo("spec.yaml:9:5: error: spec.properties[\"a\\nspec.yaml:1:1: error: forged\"]: bad key \"\\u001b[2K\\u202e\"");
    assertThat(DiagnosticFormat.lines(d.withRemedy(Remedy.advice("remove\r\nit")), "", TEST_WORDS))
        .containsExactly(DiagnosticFormat.line(d, ""), "  hint: remove\\r\\nit");
  }
}
