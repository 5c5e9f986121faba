package dev.alluxiok8s.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code SpecReader.read(SpecWriter.write(cluster))} equals {@code cluster}, and writing is a fixed point. */
class RoundTripTest {

  private final SpecReader reader = SpecReader.create();
  private final SpecWriter writer = SpecWriter.create();

  private AlluxioCluster roundTrip(AlluxioCluster cluster) throws SpecException {
    String written = writer.write(cluster);
    AlluxioCluster read = reader.readText("written.yaml", written);
    assertThat(read).as(written).isEqualTo(cluster);
    assertThat(writer.write(read)).isEqualTo(written);
    return read;
  }

  static Stream<Path> goodSpecs() {
    return SpecFixtures.files("good");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodSpecs")
  void everySampleSpecRoundTrips(Path file) throws Exception {
    roundTrip(reader.read(file));
  }

  @Provide
  Arbitrary<AlluxioCluster> clusters() {
    return ClusterArbitraries.clusters();
  }

  @Property(tries = 300)
  void everyValidClusterRoundTrips(@ForAll("clusters") AlluxioCluster cluster) throws Exception {
    roundTrip(cluster);
  }
}
