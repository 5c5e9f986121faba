package dev.alluxiok8s.model.image;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageTest {

  @Test
  void pinsAlluxiosReleaseByDefault() {
    Image image = Image.alluxioDefault();
    assertThat(image.reference()).isEqualTo("alluxio/alluxio:2.9.4");
    assertThat(image.pullPolicy()).isEqualTo(PullPolicy.IF_NOT_PRESENT);
    assertThat(image.pullPolicy().value()).isEqualTo("IfNotPresent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"alluxio/alluxio", "alluxio", "registry.example.com/alluxio/alluxio",
      "registry.example.com:5000/team/alluxio", "localhost:5000/a_b/c-d.e", "gcr.io/my-project/alluxio__x", "a--b", "localhost/alluxio", "Registry.Example.com/alluxio"})
  void acceptsRepositories(String repository) {
    assertThat(Image.builder().repository(repository).tag("2.9.4").build().reference()).isEqualTo(repository + ":2.9.4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.9.4", "2.10", "v2.9.4-rc1", "_build", "a.-_"})
  void acceptsTags(String tag) {
    assertThat(Image.builder().repository("alluxio/alluxio").tag(tag).build().tag()).isEqualTo(tag);
  }

  @Test
  void aTagHasAtMost128Characters() {
    assertThat(Image.builder().repository("alluxio/alluxio").tag("a".repeat(128)).build().tag()).hasSize(128);
    assertThat(problemsOf("Image", () -> Image.builder().repository("alluxio/alluxio").tag("a".repeat(129)).build()))
        .extracting(p -> p.path()).containsExactly("tag");
  }

  @Test
  void refusesARepositoryThatCarriesItsTag() {
    assertThat(problemsOf("Image", () -> Image.builder().repository("alluxio/alluxio:2.9.4").tag("2.9.4").build()))
        .containsExactly(problem("repository",
            "\"alluxio/alluxio:2.9.4\" is not an image repository (example: alluxio/alluxio); give the tag in 'tag'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Alluxio/alluxio", "alluxio//alluxio", "/alluxio", "alluxio/", "", "alluxio/Alluxio", "a_-b", "registry:x/alluxio"})
  void refusesRepositoriesOutsideDockersGrammar(String repository) {
    assertThat(problemsOf("Image", () -> Image.builder().repository(repository).tag("2.9.4").build()))
        .containsExactly(problem("repository",
            "\"" + repository + "\" is not an image repository (example: alluxio/alluxio); give the tag in 'tag'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".1", "-rc", "2.9.4 ", "a/b", "2.9.4@sha256"})
  void refusesTagsOutsideDockersGrammar(String tag) {
    assertThat(problemsOf("Image", () -> Image.builder().repository("alluxio/alluxio").tag(tag).build()))
        .containsExactly(problem("tag", "\"" + tag + "\" is not an image tag (example: 2.9.4)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"latest", "LATEST", "Latest"})
  void refusesTheMovingLatestTag(String tag) {
    assertThat(problemsOf("Image", () -> Image.builder().repository("alluxio/alluxio").tag(tag).build()))
        .containsExactly(problem("tag", "\"latest\" is not a pinned tag: the same spec would run different releases "
            + "over time; pin a release such as 2.9.4"));
  }

  @Test
  void aRepositoryHoldsAt255Characters() {
    String longest = "registry.example.com/" + "a".repeat(234);
    assertThat(longest).hasSize(255);
    assertThat(Image.builder().repository(longest).tag("2.9.4").build().repository()).isEqualTo(longest);
    assertThat(problemsOf("Image", () -> Image.builder().repository(longest + "a").tag("2.9.4").build()))
        .extracting(d -> d.path()).containsExactly("repository");
  }
}
