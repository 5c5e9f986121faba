package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartLineTest {

  @Test
  void eachLinesDistinctiveKeysAreKeysOfItsOwnCatalog() {
    for (ChartLine line : ChartLine.values()) {
      KeyCatalog catalog = line.catalog();
      List<String> unknown = line.distinctiveKeys().stream().filter(k -> catalog.find(k).isEmpty()).sorted().toList();
      assertThat(unknown).as("distinctive keys of chart %s.x that its catalog does not know", line).isEmpty();
    }
  }

  @Test
  void portsAreSetWhereEachLineSetsThem() {
    assertThat(ChartLine.V0_6.portKey("master", "rpc")).contains("master.ports.rpc");
    assertThat(ChartLine.V0_6.portKey("jobWorker", "data")).contains("jobWorker.ports.data");
    assertThat(ChartLine.V0_5.portKey("worker", "web")).contains("worker.resources.ports.web");
    assertThat(ChartLine.V0_5.portKey("jobMaster", "rpc")).isEmpty();
  }

  @Test
  void theChartJournalClaimIsPvcNameWhereTheLineHasItElseTheTemplatesName() {
    assertThat(ChartLine.V0_5.journalClaim("lake", Optional.of("claim"))).isEqualTo("claim");
    assertThat(ChartLine.V0_5.journalClaim("lake", Optional.empty())).isEqualTo("alluxio-pv-claim");
    assertThat(ChartLine.V0_6.journalClaim("lake", Optional.of("claim"))).isEqualTo("lake-journal-lake-master-0");
  }

  @Test
  void aLineIsNamedByItsVersionInMessages() {
    assertThat(ChartLine.V0_5).hasToString("0.5");
    assertThat(ChartLine.V0_6).hasToString("0.6");
  }
}
