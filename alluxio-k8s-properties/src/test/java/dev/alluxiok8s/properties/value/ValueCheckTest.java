package dev.alluxiok8s.properties.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.properties.catalog.Catalogs;
import dev.alluxiok8s.properties.catalog.PropertyDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One passing and one failing value for a key of each type family, as Alluxio 2.9.4 reads them. */
class ValueCheckTest {

  @ParameterizedTest(name = "{0} = {1} is accepted")
  @CsvSource(delimiter = '|', value = {
      "alluxio.user.metrics.collection.enabled | true",
      "alluxio.user.metrics.collection.enabled | FALSE",
      "alluxio.logserver.threads.max | 2048",
      "alluxio.user.file.replication.min | -1",
      "alluxio.user.block.master.client.pool.gc.threshold | 120sec",
      "alluxio.user.block.master.client.pool.gc.threshold | 100",
      "alluxio.master.lost.worker.file.detection.interval | 5MIN",
      "alluxio.worker.tieredstore.level0.watermark.high.ratio | 0.9",
      "alluxio.master.tieredstore.global.mediumtype | MEM,SSD",
      "alluxio.worker.tieredstore.level0.dirs.quota | 1.5GB, 200GiB,",
      "alluxio.user.block.size.bytes.default | 64MB",
      "alluxio.user.block.size.bytes.default | 1024",
      "alluxio.user.file.writetype.default | CACHE_THROUGH",
      "alluxio.user.file.writetype.default | cache_through",
      "alluxio.master.journal.type | ${alluxio.master.journal.type.default}",
      "alluxio.user.network.rpc.max.connections | 9000000000",
  })
  void accepts(String key, String value) {
    assertThat(ValueCheck.expected(definition(key), value)).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1} asks for {2}")
  @CsvSource(delimiter = '|', value = {
      "alluxio.user.metrics.collection.enabled | on | true or false",
      "alluxio.logserver.threads.max | 2048.0 | a whole number from -2147483648",
      "alluxio.logserver.threads.max | 3000000000 | a whole number from -2147483648",
      "alluxio.user.network.rpc.max.connections | 1e6 | a whole number",
      "alluxio.user.block.master.client.pool.gc.threshold | 1:30 | a duration",
      "alluxio.user.block.master.client.pool.gc.threshold | 1.5s | a duration",
      "alluxio.worker.tieredstore.level0.watermark.high.ratio | 90% | a decimal number, e.g. 0.95",
      "alluxio.worker.tieredstore.level0.dirs.quota | 100GB,10GG | a list of data sizes separated by ','",
      "alluxio.user.block.size.bytes.default | 64XB | a data size",
      "alluxio.user.block.size.bytes.default | MB | a data size",
      "alluxio.user.file.writetype.default | CACHE-THROUGH | one of MUST_CACHE, TRY_CACHE, CACHE_THROUGH",
  })
  void refuses(String key, String value, String expected) {
    assertThat(ValueCheck.expected(definition(key), value)).hasValueSatisfying(form -> assertThat(form).startsWith(expected));
  }

  @ParameterizedTest(name = "{0}: the example is Alluxio's default {1}")
  @CsvSource(delimiter = '|', value = {
      "alluxio.user.block.size.bytes.default | 64MB",
      "alluxio.user.block.master.client.pool.gc.threshold | 120sec",
  })
  void theExampleIsAlluxiosDefaultWhenThereIsOne(String key, String defaultValue) {
    assertThat(ValueCheck.expected(definition(key), "x?")).hasValueSatisfying(form ->
        assertThat(form).endsWith("e.g. " + defaultValue + " (Alluxio's default)"));
  }

  private static PropertyDefinition definition(String key) {
    return Catalogs.newest().find(key).orElseThrow().definition();
  }
}
