package dev.alluxiok8s.properties.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.properties.catalog.Catalogs;
import dev.alluxiok8s.properties.catalog.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PropertyCheckerTest {

  private final PropertyChecker checker = new PropertyChecker(Catalogs.newest());

  @Test
  void aMisspeltKeyIsAnErrorWithTheKeyItWasMeantToBe() {
    List<Diagnostic> found = check("alluxio.user.file.writetype.defualt", "CACHE_THROUGH", Optional.empty());

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.ruleId()).isEqualTo(PropertyChecker.UNKNOWN);
      assertThat(d.path()).isEqualTo("at");
      assertThat(d.message()).isEqualTo("is not a property of Alluxio 2.9.4, which ignores it silently; "
          + "did you mean alluxio.user.file.writetype.default?");
      assertThat(d.remedy()).isEqualTo(Remedy.advice("use alluxio.user.file.writetype.default"));
    });
  }

  @Test
  void aValueOfTheWrongTypeIsAnErrorWithTheExpectedForm() {
    assertThat(check("alluxio.user.metrics.collection.enabled", "on", Optional.empty())).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo(PropertyChecker.VALUE);
      assertThat(d.message()).isEqualTo("\"on\" is not a valid boolean for Alluxio: expected true or false "
          + "(Alluxio reads any other word as false)");
    });
    assertThat(check("alluxio.user.block.size.bytes.default", "64XB", Optional.empty())).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("\"64XB\" is not a valid datasize for Alluxio: expected a data size"));
  }

  @Test
  void aQuotedValueCannotBreakTheLine() {
    assertThat(check("alluxio.user.metrics.collection.enabled", "on\n\"x\u001b", Optional.empty())).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("\"on\\u000a\\\"x\\u001b\" is not a valid boolean"));
  }

  @Test
  void theValueOfACredentialIsNeverQuoted() {
    // Alluxio displays fs.azure.account.key.* as a credential; no type of its would refuse a value, so
    // the catalog's flag is what keeps it out of messages: checked on the definition.
    assertThat(Catalogs.newest().find("fs.azure.account.key.acct.blob.core.windows.net").orElseThrow().definition().credential())
        .isTrue();
    assertThat(check("fs.azure.account.key.acct.blob.core.windows.net", "s3cr3t", Optional.empty())).isEmpty();
  }

  @Test
  void anAliasIsAWarningNamingTheKey() {
    assertThat(check("alluxio.underfs.address", "s3://bucket/", Optional.empty())).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.ruleId()).isEqualTo(PropertyChecker.DEPRECATED);
      assertThat(d.message()).contains("old name of alluxio.master.mount.table.root.ufs");
      assertThat(d.remedy()).isEqualTo(Remedy.advice("use alluxio.master.mount.table.root.ufs"));
    });
  }

  @Test
  void aDeprecatedKeyIsAWarningNamingItsReplacement() {
    assertThat(check("alluxio.worker.evictor.class", "alluxio.worker.block.evictor.LRUEvictor", Optional.empty()))
        .singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.WARNING);
          assertThat(d.message()).isEqualTo("is deprecated in Alluxio 2.9.4: Use WORKER_BLOCK_ANNOTATOR_CLASS instead.");
          assertThat(d.remedy()).isEqualTo(Remedy.advice("use alluxio.worker.block.annotator.class"));
        });
  }

  @Test
  void aWorkerKeyAmongTheMastersPropertiesIsAWarning() {
    assertThat(check("alluxio.worker.tieredstore.levels", "1", Optional.of(Role.MASTER))).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo(PropertyChecker.SCOPE);
      assertThat(d.message()).isEqualTo("is read by workers, not by the master, so here it has no effect");
    });
    assertThat(check("alluxio.worker.tieredstore.levels", "1", Optional.of(Role.WORKER))).isEmpty();
    assertThat(check("alluxio.worker.tieredstore.levels", "1", Optional.empty())).isEmpty();
  }

  @Test
  void clientKeysReachTheJobProcessesAndFuse() {
    assertThat(check("alluxio.user.file.writetype.default", "THROUGH", Optional.of(Role.JOB_WORKER))).isEmpty();
    assertThat(check("alluxio.user.file.writetype.default", "THROUGH", Optional.of(Role.CLIENT))).isEmpty();
    assertThat(check("alluxio.user.file.writetype.default", "THROUGH", Optional.of(Role.MASTER)))
        .extracting(Diagnostic::ruleId).containsExactly(PropertyChecker.SCOPE);
  }

  @Test
  void keysUnderTemplatesAndKeysOutsideAlluxioPass() {
    assertThat(check("alluxio.master.mount.table.root.option.fs.s3a.endpoint", "http://minio:9000", Optional.empty())).isEmpty();
    assertThat(check("alluxio.master.embedded.journal.ratis.config.raft.server.rpc.timeout.min", "5s", Optional.empty())).isEmpty();
    assertThat(check("fs.s3a.connection.maximum", "64", Optional.empty())).isEmpty();
    assertThat(check("log4j.configuration", "file:/opt/alluxio/conf/log4j.properties", Optional.empty())).isEmpty();
    assertThat(check("alluxio.worker.tieredstore.level2.dirs.quota", "1TB", Optional.of(Role.WORKER))).isEmpty();
  }

  @Test
  void aTiersQuotasAreCheckedOneByOne() {
    assertThat(check("alluxio.worker.tieredstore.level2.dirs.quota", "1TB,lots", Optional.of(Role.WORKER)))
        .extracting(Diagnostic::ruleId).containsExactly(PropertyChecker.VALUE);
  }

  private List<Diagnostic> check(String key, String value, Optional<Role> role) {
    return checker.check("at", key, value, role);
  }
}
