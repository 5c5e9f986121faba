package dev.alluxiok8s.model.ufs;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HdfsConfigurationTest {

  @Test
  void coreAndHdfsSiteByDefault() {
    assertThat(HdfsConfiguration.fromSecret("alluxio-hdfs-config").files()).containsExactly("core-site.xml", "hdfs-site.xml");
  }

  @Test
  void refusesABadSecretNameAndNoFiles() {
    assertThat(problemsOf("HdfsConfiguration", () -> HdfsConfiguration.builder().secretName("hdfs config").files(java.util.List.of()).build()))
        .containsExactly(
            problem("secretName", "\"hdfs config\" is not a Secret name (lower-case letters, digits, '-' and '.')"),
            problem("files", "must name at least one configuration file"));
  }

  @Test
  void refusesFileNamesThatAreNotSecretKeys() {
    assertThat(problemsOf("HdfsConfiguration", () -> HdfsConfiguration.builder().secretName("h")
        .addFiles("core-site.xml", "conf/hdfs-site.xml", "..hidden").build()))
        .containsExactly(
            problem("files[1]", "\"conf/hdfs-site.xml\" is not a Secret key (letters, digits, '-', '_' and '.')"),
            problem("files[2]", "\"..hidden\" is not a Secret key (letters, digits, '-', '_' and '.')"));
  }
}
