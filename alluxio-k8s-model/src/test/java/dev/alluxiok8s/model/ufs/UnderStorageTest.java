package dev.alluxiok8s.model.ufs;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import org.junit.jupiter.api.Test;

class UnderStorageTest {

  @Test
  void anS3BucketWithCredentialsFromASecret() {
    UnderStorage s3 = UnderStorage.builder().rootUri("s3a://my-bucket/alluxio/")
        .putOptions("alluxio.underfs.s3.endpoint", "http://minio:9000")
        .addCredentials(CredentialReference.of("aws.accessKeyId", "alluxio-s3", "access-key-id"))
        .addCredentials(CredentialReference.of("aws.secretKey", "alluxio-s3", "secret-key"))
        .build();
    assertThat(s3.credentials()).extracting(CredentialReference::property).containsExactly("aws.accessKeyId", "aws.secretKey");
  }

  @Test
  void refusesAPlaceholder() {
    assertThat(problemsOf("UnderStorage", () -> UnderStorage.at("s3a://<bucket>")))
        .containsExactly(problem("rootUri", "\"s3a://<bucket>\" still holds a placeholder (<bucket>); replace it with a real "
            + "location, e.g. s3a://my-bucket/alluxio or hdfs://namenode:8020/alluxio"));
  }

  @Test
  void refusesCredentialsAmongTheOptions() {
    assertThat(problemsOf("UnderStorage", () -> UnderStorage.builder().rootUri("s3a://b").putOptions("aws.secretKey", "AKIAVERYSECRET").build()))
        .containsExactly(problem("options.\"aws.secretKey\"", "looks like a credential; literal credentials end up in a ConfigMap. "
            + "Reference a Kubernetes Secret instead (spec.underStorage.credentials)"));
  }

  @Test
  void refusesAPropertyGivenByTwoCredentials() {
    assertThat(problemsOf("UnderStorage", () -> UnderStorage.builder().rootUri("s3a://b")
        .addCredentials(CredentialReference.of("aws.secretKey", "a", "k"))
        .addCredentials(CredentialReference.of("aws.accessKeyId", "a", "id"))
        .addCredentials(CredentialReference.of("aws.secretKey", "b", "k")).build()))
        .containsExactly(problem(SpecRule.CREDENTIAL_VARIABLE, "credentials[2].property", "\"aws.secretKey\" is already given by credentials[0]"));
  }

  @Test
  void refusesCredentialsThatWouldShareOneEnvironmentVariable() {
    assertThat(problemsOf("UnderStorage", () -> UnderStorage.builder().rootUri("s3a://my-bucket/")
        .addCredentials(CredentialReference.of("aws.secretKey", "s3", "a"))
        .addCredentials(CredentialReference.of("aws.secretkey", "s3", "b"))
        .addCredentials(CredentialReference.of("aws-secretKey", "s3", "c")).build()))
        .containsExactly(
            problem(SpecRule.CREDENTIAL_VARIABLE, "credentials[1].property", "\"aws.secretkey\" and credentials[0] (\"aws.secretKey\") both reach the "
                + "container as UFS_CREDENTIAL_AWS_SECRETKEY, so one would silently win; Alluxio property names are "
                + "case-sensitive: keep the one Alluxio reads"),
            problem(SpecRule.CREDENTIAL_VARIABLE, "credentials[2].property", "\"aws-secretKey\" and credentials[0] (\"aws.secretKey\") both reach the "
                + "container as UFS_CREDENTIAL_AWS_SECRETKEY, so one would silently win; Alluxio property names are "
                + "case-sensitive: keep the one Alluxio reads"),
            problem(SpecRule.CREDENTIAL_VARIABLE, "credentials[2].property", "\"aws-secretKey\" and credentials[1] (\"aws.secretkey\") both reach the "
                + "container as UFS_CREDENTIAL_AWS_SECRETKEY, so one would silently win; Alluxio property names are "
                + "case-sensitive: keep the one Alluxio reads"));
  }

  @Test
  void refusesAManagedPropertyDisguisedAsACredential() {
    assertThat(problemsOf("UnderStorage", () -> UnderStorage.builder().rootUri("s3a://my-bucket/")
        .addCredentials(CredentialReference.of("alluxio.master.journal.folder", "s3", "a")).build()))
        .containsExactly(problem(SpecRule.MANAGED_PROPERTY, "credentials[0].property", "\"alluxio.master.journal.folder\" is computed from "
            + "spec.journal.folder and is no credential; set that instead"));
    // A Secret for a root mount option is what credentials are for.
    assertThat(UnderStorage.builder().rootUri("s3a://my-bucket/")
        .addCredentials(CredentialReference.of("alluxio.master.mount.table.root.option.aws.secretKey", "s3", "a")).build()
        .credentials()).hasSize(1);
  }

  @Test
  void anObjectStoreUriNamesItsBucket() {
    assertThat(problemsOf("UnderStorage", () -> UnderStorage.at("s3a:///alluxio")))
        .containsExactly(problem(SpecRule.STORAGE_URI, "rootUri", "names no bucket: the bucket follows s3a://, e.g. "
            + "s3a://my-bucket/alluxio"));
  }

  @Test
  void anHdfsNameserviceNeedsHadoopsConfiguration() {
    assertThat(problemsOf("UnderStorage", () -> UnderStorage.at("hdfs://mycluster/alluxio")))
        .containsExactly(problem(SpecRule.STORAGE_URI, "rootUri", "\"mycluster\" has no port and no domain, so it reads as an "
            + "HDFS nameservice, which only Hadoop's configuration resolves: set spec.underStorage.hdfsConfiguration, or give "
            + "the namenode as host:port (e.g. namenode:8020)"));
    assertThat(UnderStorage.builder().rootUri("hdfs://mycluster/alluxio")
        .hdfsConfiguration(HdfsConfiguration.fromSecret("alluxio-hdfs-config")).build().rootUri())
        .isEqualTo("hdfs://mycluster/alluxio");
  }

  @Test
  void aNamenodeWithAPortOrADomainOrLocalhostIsNoNameservice() {
    // Any port, even 0, makes the host a namenode's address: only a bare single-label host is a nameservice.
    for (String uri : new String[] {"hdfs://namenode:8020/alluxio", "hdfs://namenode:0/alluxio",
        "hdfs://namenode.example.com/alluxio", "hdfs://localhost/alluxio", "HDFS://LocalHost/alluxio"}) {
      assertThat(UnderStorage.at(uri).rootUri()).isEqualTo(uri);
    }
  }
}
