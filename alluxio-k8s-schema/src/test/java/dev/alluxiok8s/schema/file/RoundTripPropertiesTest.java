package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.model.AlluxioCluster;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every valid cluster round-trips through the writer and the reader, over random clusters. A class
 * of its own, named like the other random-spec runs, so that mutation testing leaves it out (300
 * tries take a minute per mutant it covers; the example round trips in {@link RoundTripTest} stay).
 */
class RoundTripPropertiesTest {

  private final RoundTripTest roundTrips = new RoundTripTest();

  @Provide
  Arbitrary<AlluxioCluster> clusters() {
    return ClusterArbitraries.clusters();
  }

  @Property(tries = 300)
  void everyValidClusterRoundTrips(@ForAll("clusters") AlluxioCluster cluster) throws Exception {
    roundTrips.roundTrip(cluster);
  }
}
