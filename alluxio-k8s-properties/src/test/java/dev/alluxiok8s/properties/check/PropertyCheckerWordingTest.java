package dev.alluxiok8s.properties.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.properties.catalog.CatalogFormat;
import dev.alluxiok8s.properties.catalog.Catalogs;
import dev.alluxiok8s.properties.catalog.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What each finding says, word for word: which processes read a key (every scope a warning can
 * name), a deprecation with no successor, an unknown key with no near name, and values that are
 * never quoted back or are quoted safely.
 */
class PropertyCheckerWordingTest {

  private final PropertyChecker checker = new PropertyChecker(Catalogs.newest());

  @Test
  void aMastersKeyGivenToTheWorkerNamesTheMasters() {
    assertThat(checker.check("p", "alluxio.job.master.job.capacity", "100", Optional.of(Role.WORKER))).singleElement()
        .satisfies(d -> {
          assertThat(d.message()).isEqualTo("is read by masters, not by the worker, so here it has no effect");
          assertThat(d.remedy()).isEqualTo(Remedy.advice("set it where masters get it, or in the cluster-wide properties"));
        });
  }

  @Test
  void aServersKeyGivenToFuseNamesMastersAndWorkers() {
    assertThat(scopeMessage("fs.cos.access.key", "id", Role.CLIENT))
        .isEqualTo("is read by masters and workers, not by FUSE, an Alluxio client, so here it has no effect");
  }

  @Test
  void aClientsKeyGivenToTheMasterNamesClients() {
    assertThat(scopeMessage("alluxio.user.file.writetype.default", "THROUGH", Role.MASTER))
        .isEqualTo("is read by clients, not by the master, so here it has no effect");
  }

  @Test
  void theJobProcessesReadTheirServersKeysAndClientKeysButNotTheOtherServers() {
    assertThat(scopeMessage("alluxio.worker.tieredstore.levels", "1", Role.JOB_MASTER))
        .isEqualTo("is read by workers, not by the job master, so here it has no effect");
    assertThat(scopeMessage("alluxio.job.master.job.capacity", "100", Role.JOB_WORKER))
        .isEqualTo("is read by masters, not by the job worker, so here it has no effect");
    assertThat(checker.check("p", "alluxio.job.master.job.capacity", "100", Optional.of(Role.JOB_MASTER))).isEmpty();
    assertThat(checker.check("p", "alluxio.worker.tieredstore.levels", "1", Optional.of(Role.JOB_WORKER))).isEmpty();
    assertThat(checker.check("p", "alluxio.user.file.writetype.default", "THROUGH", Optional.of(Role.JOB_MASTER))).isEmpty();
  }

  @Test
  void aDeprecatedKeyWithoutASuccessorIsToBeLeftOut() {
    assertThat(checker.check("p", "alluxio.master.mount.table.root.shared", "true", Optional.empty())).singleElement()
        .satisfies(d -> {
          assertThat(d.ruleId()).isEqualTo(PropertyChecker.DEPRECATED);
          assertThat(d.message()).isEqualTo("is deprecated in Alluxio 2.9.4: deprecated, with no message");
          assertThat(d.remedy()).isEqualTo(Remedy.advice("leave it out"));
        });
  }

  @Test
  void anUnknownKeyFarFromEveryKnownOneSendsTheReaderToAlluxiosReference() {
    assertThat(checker.check("p", "alluxio.x", "1", Optional.empty())).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("is not a property of Alluxio 2.9.4, which ignores it silently");
      assertThat(d.remedy()).isEqualTo(Remedy.advice("check the name in Alluxio's configuration reference"));
    });
  }

  @Test
  void aCredentialOfTheWrongTypeIsRefusedWithoutItsValue() {
    // No credential of 2.9.4 has a type that can refuse a value; a catalog of one's own has one.
    PropertyChecker own = new PropertyChecker(CatalogFormat.read(
        "@version\t9.9\nkey\talluxio.vault.pin\t\tINTEGER\tALL\tcredential\t\t\t\t\t\t\n"));

    List<Diagnostic> found = own.check("p", "alluxio.vault.pin", "hunter2", Optional.empty());

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo(PropertyChecker.VALUE);
      assertThat(d.message()).startsWith("the value is not a valid integer for Alluxio: expected a whole number")
          .doesNotContain("hunter2");
    });
  }

  @Test
  void aQuotedValueEscapesBackslashesAndInvisibleFormattingButKeepsLetters() {
    // U+202E turns the rest of a terminal line around; it is shown, not obeyed.
    assertThat(PropertyChecker.quoted("C:\\dir \u202Eété")).isEqualTo("\"C:\\\\dir \\u202eété\"");
    assertThat(PropertyChecker.quoted("tab\there")).isEqualTo("\"tab\\u0009here\"");
  }

  private String scopeMessage(String key, String value, Role role) {
    List<Diagnostic> found = checker.check("p", key, value, Optional.of(role));
    assertThat(found).extracting(Diagnostic::ruleId).containsExactly(PropertyChecker.SCOPE);
    return found.get(0).message();
  }
}
