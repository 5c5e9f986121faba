package dev.alluxiok8s.model.image;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImagesTest {

  @Test
  void fuseRunsAlluxiosOwnImageUnlessGivenOne() {
    Image custom = Image.builder().repository("registry.example.com/alluxio").tag("2.9.4-patched").build();
    Images images = Images.builder().alluxio(custom).build();
    assertThat(images.fuse()).isEqualTo(custom);
    assertThat(Images.builder().build().fuse()).isEqualTo(Image.alluxioDefault());
    Image fuse = Image.builder().repository("alluxio/alluxio-fuse").tag("2.9.4").build();
    assertThat(Images.builder().alluxio(custom).fuse(fuse).build().fuse()).isEqualTo(fuse);
  }

  @Test
  void acceptsPullSecretNames() {
    assertThat(Images.builder().addPullSecrets("regcred", "team.registry-cred").build().pullSecrets())
        .containsExactly("regcred", "team.registry-cred");
  }

  @Test
  void refusesPullSecretsThatAreNotSecretNamesOrAreListedTwice() {
    assertThat(problemsOf("Images", () -> Images.builder().addPullSecrets("regcred", "Reg_Cred", "regcred").build()))
        .containsExactly(
            problem("pullSecrets[1]", "\"Reg_Cred\" is not a Secret name (lower-case letters, digits, '-' and '.')"),
            problem("pullSecrets[2]", "\"regcred\" is listed twice"));
  }
}
