package dev.alluxiok8s.properties.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.properties.catalog.Catalogs;
import dev.alluxiok8s.properties.catalog.PropertyDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole form a refused value is told to take, type by type (with Alluxio's default as the
 * example when it is one, else a typical value), and the edges of what is accepted.
 */
class ValueFormsTest {

  // The two templates' instances (alluxio.user.network.custom...) have no default of their own.
  @ParameterizedTest(name = "{0} = {1}: expected {2}")
  @CsvSource(delimiter = '|', value = {
      "alluxio.master.rpc.port | x | a whole number from -2147483648 to 2147483647, e.g. 19998 (Alluxio's default)",
      "alluxio.job.master.job.capacity | x | a whole number, e.g. 100000 (Alluxio's default)",
      // Alluxio's default here is the word null, which is no number: a typical value stands in.
      "alluxio.master.metadata.sync.ufs.rate.limit | x | a whole number, e.g. 100000",
      "alluxio.master.throttle.active.cpu.load.ratio | x | a decimal number, e.g. 0.5 (Alluxio's default)",
      "alluxio.user.network.custom.keepalive.time | 1.5h | a duration: a whole number and a unit (ms, s or sec, m or min,"
          + " h or hr, d or day; none means milliseconds), e.g. 30sec",
      "alluxio.user.network.custom.max.inbound.message.size | x | a data size: a number and a unit (B, KB, MB, GB, TB or PB;"
          + " K, KiB and the like work too), e.g. 64MB",
      "alluxio.leak.detector.level | NONE | one of DISABLED, SIMPLE, ADVANCED, PARANOID",
  })
  void aRefusedValueIsToldTheWholeForm(String key, String value, String form) {
    assertThat(ValueCheck.expected(definition(key), value)).hasValue(form);
  }

  @ParameterizedTest(name = "{0} = {1} is accepted: {2}")
  @CsvSource(delimiter = '|', value = {
      "alluxio.master.rpc.port | 2147483647 | true",
      "alluxio.master.rpc.port | -2147483648 | true",
      "alluxio.master.rpc.port | 2147483648 | false",
      "alluxio.master.rpc.port | -2147483649 | false",
      "alluxio.job.master.job.capacity | 9223372036854775807 | true",
      "alluxio.job.master.job.capacity | -9223372036854775808 | true",
      "alluxio.job.master.job.capacity | 9223372036854775808 | false",
      "alluxio.leak.detector.level | Simple | true",
      "alluxio.leak.detector.level | simplex | false",
      "alluxio.master.rpc.port | ${alluxio.master.port} | true",
      "alluxio.master.rpc.port | ${alluxio.master.port}0 | false",
      "alluxio.master.rpc.port | 1${alluxio.master.port} | false",
      // Digits end a data size's unit wherever they are: a 9 or a 0 before the unit is the number's.
      "alluxio.user.block.size.bytes.default | 1.9GB | true",
      "alluxio.user.block.size.bytes.default | 10 | true",
  })
  void theEdgesOfWhatAlluxioReads(String key, String value, boolean accepted) {
    assertThat(ValueCheck.expected(definition(key), value).isEmpty()).isEqualTo(accepted);
  }

  @ParameterizedTest(name = "quotas {0}: accepted {1}")
  @CsvSource(delimiter = '|', value = {
      "'1TB,,2GB' | true",
      "' 1TB , 2GB ' | true",
      "'1TB,2 GB' | false",
      "',' | true",
  })
  void aTiersQuotasAreTrimmedAndEmptyOnesDropped(String quotas, boolean accepted) {
    assertThat(ValueCheck.expected(definition("alluxio.worker.tieredstore.level0.dirs.quota"), quotas).isEmpty())
        .isEqualTo(accepted);
  }

  @Test
  void aBadQuotaAsksForDataSizesByTheListsOwnDelimiter() {
    assertThat(ValueCheck.expected(definition("alluxio.worker.tieredstore.level1.dirs.quota"), "1TB,lots"))
        .hasValue("a list of data sizes separated by ',', e.g. 100GB,1TB");
  }

  @Test
  void otherListsTakeAnyItems() {
    assertThat(ValueCheck.expected(definition("alluxio.locality.order"), "node,,rack,??")).isEmpty();
  }

  private static PropertyDefinition definition(String key) {
    return Catalogs.newest().find(key).orElseThrow().definition();
  }
}
