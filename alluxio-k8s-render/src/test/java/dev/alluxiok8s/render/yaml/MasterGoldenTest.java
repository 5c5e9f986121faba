package dev.alluxiok8s.render.yaml;

import org.junit.jupiter.api.Test;

/** A realistic multi-document stream, built in Java, against {@code alluxio-master.output}. */
class MasterGoldenTest {

  @Test
  void writesServiceAndStatefulSetAsOneStream() {
    String yaml = new YamlWriter().writeAll(MasterFixture.objects());

    Golden.assertMatches("alluxio-master.output", yaml);
  }
}
