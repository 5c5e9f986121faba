package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

/** Where a finding about an attribute is placed: the attribute, its nearest written ancestor, or the file's start. */
class SpecDocumentNearestTest {

  @Test
  void anUnwrittenAttributeIsPlacedAtItsNearestWrittenAncestor() throws SpecException {
    SpecDocument document = SpecReader.create().readDocumentText("alluxio.yaml", SpecFixtures.HEADER);

    assertThat(document.nearest("spec.underStorage.rootUri")).isEqualTo(new SourceLocation("alluxio.yaml", 7, 5));
    assertThat(document.nearest("spec.workers.hostNetwork")).isEqualTo(new SourceLocation("alluxio.yaml", 5, 1));
    assertThat(document.nearest("status.phase")).isEqualTo(new SourceLocation("alluxio.yaml", 1, 1));
  }
}
