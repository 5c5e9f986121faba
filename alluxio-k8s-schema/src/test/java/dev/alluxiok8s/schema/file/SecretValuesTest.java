package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import static dev.alluxiok8s.schema.file.SpecFixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A credential written into a spec by mistake is refused by its key; its value never reaches a message. */
class SecretValuesTest {

  private static final String SECRET = "AKIAVERYSECRET";

  @ParameterizedTest
  @ValueSource(strings = {
    "  properties:\n    aws.secretKey: AKIAVERYSECRET\n",
    "  properties: {aws.secretKey: AKIAVERYSECRET, alluxio.user.app.id: a b}\n",
    "  properties:\n    aws.secretKey: AKIA VERYSECRET\n",
    "  masters:\n    master:\n      properties:\n        fs.azure.account.key.x: AKIAVERYSECRET\n",
    "  workers:\n    jobWorker:\n      properties:\n        db.password: AKIAVERYSECRET\n",
    "  fuse:\n    properties:\n      fs.oss.accessKeySecret: AKIAVERYSECRET\n",
    "  underStorage:\n    rootUri: s3a://b/\n    options:\n      aws.secretKey: AKIAVERYSECRET\n",
    "  masters:\n    jobMaster:\n      jvmOptions: [-Daws.secretKey=AKIAVERYSECRET]\n",
    "  masters:\n    jobMaster:\n      jvmOptions: [\"-Daws.secretKey=AKIA VERYSECRET\", \"aws.secretKey=AKIAVERYSECRET\"]\n",
  })
  void namesTheKeyButNeverTheValue(String part) {
    assertThat(problemsOf(part)).contains("looks like a credential");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "  properties:\n    aws.secretKey: *AKIAVERYSECRET\n",
    "  properties:\n    aws.secretKey: !AKIAVERYSECRET x\n",
    "  workers:\n    worker:\n      properties: {db.password: !!binary AKIAVERYSECRET}\n",
  })
  void evenWhenTheValueLooksLikeYamlSyntax(String part) {
    assertThat(problemsOf(part)).contains("are not supported in a spec file");
  }

  private static String problemsOf(String part) {
    String spec = HEADER.replace("  underStorage:\n    rootUri: s3a://my-bucket/alluxio/\n",
        part.contains("underStorage") ? "" : "  underStorage:\n    rootUri: s3a://my-bucket/alluxio/\n") + part;
    StringBuilder message = new StringBuilder();
    assertThatThrownBy(() -> SpecReader.create().read("leak.yaml", spec.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(SpecException.class, e -> {
          assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("VERYSECRET");
          assertThat(e.diagnostics()).allSatisfy(p -> assertThat(DiagnosticFormat.line(p, "")).doesNotContain("VERYSECRET"));
          message.append(e.getMessage());
        });
    return message.toString();
  }
}
