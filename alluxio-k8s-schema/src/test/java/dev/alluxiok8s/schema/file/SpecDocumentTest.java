package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecDocumentTest {

  private static final String SPEC = SpecFixtures.HEADER + "  workers:\n    hostNetwork: true\n";

  private static final ObjectRef WORKERS = new ObjectRef("apps/v1", "DaemonSet", "", "alluxio-worker", 2);

  private static Diagnostic traced(String attribute) {
    return Diagnostic.onObject("PSS-X", Severity.ERROR, WORKERS, "spec.template.spec.hostNetwork", "violates",
        Remedy.none(), Optional.empty()).withPath(attribute);
  }

  @Test
  void aFindingTracedToAWrittenAttributeIsLocatedThere() throws SpecException {
    SpecDocument document = SpecReader.create().readDocumentText("alluxio.yaml", SPEC);

    assertThat(document.cluster().spec().workers().hostNetwork()).isTrue();
    Diagnostic defaulted = traced("spec.workers.hostNetwork").withDefaultNote("workers use host networking by default");
    assertThat(document.locate(defaulted).location()).contains(new SourceLocation("alluxio.yaml", 9, 5));
    // Written in the file, so not a default, though it equals one.
    assertThat(document.locate(defaulted).defaultNote()).isEmpty();
  }

  @Test
  void aFindingTracedToADefaultIsLocatedAtTheNearestWrittenAncestor() throws SpecException {
    SpecDocument document = SpecReader.create().readDocumentText("alluxio.yaml", SPEC);

    Diagnostic defaulted = traced("spec.workers.podSecurity").withDefaultNote("no exemption");
    assertThat(document.locate(defaulted).location()).contains(new SourceLocation("alluxio.yaml", 8, 3));
    assertThat(document.locate(defaulted).defaultNote()).isEqualTo("no exemption");
    assertThat(document.locate(traced("spec.shortCircuit.enabled")).location())
        .contains(new SourceLocation("alluxio.yaml", 5, 1));
  }

  @Test
  void findingsInObjectWordsOrAlreadyLocatedAreLeftAlone() throws SpecException {
    SpecDocument document = SpecReader.create().readDocumentText("alluxio.yaml", SPEC);
    Diagnostic inObjectWords = traced("spec.template.spec.hostNetwork");
    Diagnostic located = traced("spec.workers.hostNetwork").at(new SourceLocation("other.yaml", 1, 2));

    assertThat(document.locate(inObjectWords)).isEqualTo(inObjectWords);
    assertThat(document.locate(located)).isEqualTo(located);
  }
}
