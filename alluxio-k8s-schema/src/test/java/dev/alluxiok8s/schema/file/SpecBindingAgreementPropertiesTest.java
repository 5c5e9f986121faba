package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SpecBindingAgreementTest}'s agreement on generated clusters: each written out as a spec,
 * and again with every quoted string left plain. Random-spec runs take minutes under PIT's
 * coverage, so they live apart from the example tests; the {@code mutation} profile leaves
 * {@code *PropertiesTest} out of its test selection.
 */
class SpecBindingAgreementPropertiesTest {

  @Provide
  Arbitrary<AlluxioCluster> clusters() {
    return ClusterArbitraries.clusters();
  }

  @Property(tries = 200)
  void aWrittenClusterIsBoundWithoutJacksonToItself(@ForAll("clusters") AlluxioCluster cluster) {
    String written = SpecWriter.create().write(cluster);

    Optional<AlluxioCluster> direct = SpecBindingAgreementTest.directly(written);

    assertThat(direct).as(written).contains(cluster);
    assertThat(direct.get()).isEqualTo(SpecBindingAgreementTest.jacksonFromText(written));
  }

  @Property(tries = 200)
  void aClusterWithAPlainScalarForEachQuotedOneIsBoundAsJacksonBindsIt(@ForAll("clusters") AlluxioCluster cluster) {
    // The writer quotes every string; unquoted, a string like 0755 or on reads differently in some
    // YAML reader, and the direct binding must decline it or agree with Jackson.
    String unquoted = SpecWriter.create().write(cluster).replaceAll("\"([^\"\\\\]*)\"", "$1");

    Optional<AlluxioCluster> direct = SpecBindingAgreementTest.directly(unquoted);

    direct.ifPresent(bound -> assertThat(bound).as(unquoted).isEqualTo(SpecBindingAgreementTest.jacksonFromText(unquoted)).isEqualTo(SpecBindingAgreementTest.jacksonFromTree(unquoted)));
  }
}
