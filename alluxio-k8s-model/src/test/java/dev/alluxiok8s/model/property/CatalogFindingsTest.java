package dev.alluxiok8s.model.property;

import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.image.ImmutableImage;
import dev.alluxiok8s.model.image.Images;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.process.JobMasterProcess;
import dev.alluxiok8s.model.process.JobWorkerProcess;
import dev.alluxiok8s.model.process.MasterProcess;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.worker.Workers;
import org.junit.jupiter.api.Test;

class CatalogFindingsTest {

  @Test
  void theIssuesThreePropertiesAreRefusedTogetherEachAtItsKey() {
    assertThat(problemsOf("ClusterSpec", () -> spec()
        .putProperties("alluxio.user.file.writetype.defualt", "CACHE_THROUGH")
        .putProperties("alluxio.user.metrics.collection.enabled", "on")
        .putProperties("alluxio.user.block.size.bytes.default", "64XB")
        .build()))
        .extracting(Diagnostic::path, Diagnostic::ruleId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("properties.\"alluxio.user.block.size.bytes.default\"", "ALLUXIO-PROPERTY-VALUE"),
            org.assertj.core.groups.Tuple.tuple("properties.\"alluxio.user.file.writetype.defualt\"", "ALLUXIO-PROPERTY-UNKNOWN"),
            org.assertj.core.groups.Tuple.tuple("properties.\"alluxio.user.metrics.collection.enabled\"", "ALLUXIO-PROPERTY-VALUE"));
  }

  @Test
  void aProcesssOwnPropertiesAreCheckedForItsRole() {
    ClusterSpec spec = spec().masters(Masters.builder()
        .master(MasterProcess.builder().putProperties("alluxio.worker.session.timeout", "1min").build())
        .build()).build();

    assertThat(CatalogFindings.warnings(spec)).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.path()).isEqualTo("masters.master.properties.\"alluxio.worker.session.timeout\"");
      assertThat(d.message()).isEqualTo("is read by workers, not by the master, so here it has no effect");
    });
  }

  @Test
  void aProcesssOwnPropertiesAreRefusedAtTheirPathToo() {
    assertThat(problemsOf("ClusterSpec", () -> spec().masters(Masters.builder()
        .master(MasterProcess.builder().putProperties("alluxio.master.journal.log.size.bytes.max", "big").build())
        .build()).build()))
        .extracting(Diagnostic::path)
        .containsExactly("masters.master.properties.\"alluxio.master.journal.log.size.bytes.max\"");
  }

  @Test
  void anImageOfAnotherAlluxioLineIsCheckedWithTheNewestCatalogAndSaysSo() {
    ClusterSpec spec = spec().images(Images.builder()
        .alluxio(ImmutableImage.builder().repository("alluxio/alluxio").tag("2.8.1").build()).build()).build();

    assertThat(CatalogFindings.warnings(spec)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("images.alluxio.tag");
      assertThat(d.ruleId()).isEqualTo(dev.alluxiok8s.properties.check.PropertyChecker.CATALOG);
      assertThat(d.message()).contains("\"2.8.1\"", "Alluxio 2.9.4's");
    });
  }

  @Test
  void anOldNameOfAComputedPropertyIsRefusedLikeThePropertyItself() {
    assertThat(problemsOf("ClusterSpec", () -> spec().putProperties("alluxio.underfs.address", "s3a://other/").build()))
        .extracting(Diagnostic::path, Diagnostic::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("properties.\"alluxio.underfs.address\"",
            "is an old name of alluxio.master.mount.table.root.ufs, which is computed from spec.underStorage.rootUri; "
                + "set that instead"));
  }

  @Test
  void anEntryTheSpecsOwnChecksRefuseIsReportedOnceNotAgainByTheCatalog() {
    assertThat(problemsOf("ClusterSpec", () -> spec()
        .putProperties("alluxio.user.file.writetype.default", "$(id)")
        .putProperties("alluxio.made\nup", "1")
        .build()))
        .extracting(Diagnostic::path)
        .containsExactlyInAnyOrder("properties.\"alluxio.made\nup\"", "properties.\"alluxio.user.file.writetype.default\"");
  }

  @Test
  void aValidSpecHasNoFindings() {
    assertThat(CatalogFindings.of(spec().putProperties("alluxio.user.file.writetype.default", "CACHE_THROUGH")
        .putProperties("fs.s3a.connection.maximum", "64").build())).isEmpty();
  }

  private static ImmutableClusterSpec.Builder spec() {
    return ClusterSpec.builder().underStorage(UnderStorage.at("s3a://my-bucket/alluxio/"));
  }

  @Test
  void eachProcesssPropertiesAreCheckedForItsOwnRole() {
    String workers = "alluxio.worker.session.timeout";
    String masters = "alluxio.master.journal.log.size.bytes.max";
    ClusterSpec spec = spec()
        .masters(Masters.builder().jobMaster(JobMasterProcess.builder().putProperties(workers, "1min").build()).build())
        .workers(Workers.builder().worker(WorkerProcess.builder().putProperties(masters, "10MB").build())
            .jobWorker(JobWorkerProcess.builder().putProperties(masters, "10MB").build()).build())
        .fuse(Fuse.builder().putProperties(masters, "10MB").build())
        .build();

    assertThat(CatalogFindings.warnings(spec)).extracting(Diagnostic::path).containsExactly(
        "masters.jobMaster.properties.\"" + workers + "\"", "workers.worker.properties.\"" + masters + "\"",
        "workers.jobWorker.properties.\"" + masters + "\"", "fuse.properties.\"" + masters + "\"");
  }
}
