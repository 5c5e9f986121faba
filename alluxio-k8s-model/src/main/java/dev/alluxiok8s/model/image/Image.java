package dev.alluxiok8s.model.image;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import java.util.Locale;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A container image: repository, a pinned tag and the pull policy.
 *
 * <pre>{@code
 * Image alluxio = Image.builder().repository("alluxio/alluxio").tag("2.9.4").build();
 * }</pre>
 *
 * <p>A tag is required and may not be {@code latest}: a moving tag makes two renders of the same
 * spec run different software, which is what this project exists to prevent.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableImage.class)
@JsonDeserialize(as = ImmutableImage.class)
public interface Image {

  /** The Alluxio release the defaults pin. */
  String DEFAULT_ALLUXIO_TAG = "2.9.4";

  /** Registry and repository, e.g. {@code alluxio/alluxio} or {@code registry.example.com/alluxio}. */
  String repository();

  /** A fixed tag such as {@code 2.9.4}; never {@code latest}. */
  String tag();

  @Value.Default
  default PullPolicy pullPolicy() {
    return PullPolicy.IF_NOT_PRESENT;
  }

  /** {@code repository:tag}, as a container's {@code image} field wants it. */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String reference() {
    return repository() + ":" + tag();
  }

  /** Alluxio's own image at the pinned release. */
  static Image alluxioDefault() {
    return builder().repository("alluxio/alluxio").tag(DEFAULT_ALLUXIO_TAG).build();
  }

  static ImmutableImage.Builder builder() {
    return ImmutableImage.builder();
  }

  @Value.Check
  default void check() {
    new Problems("Image")
        .require(ImageReferenceGrammar.isRepository(repository()), "repository",
            "\"" + repository() + "\" is not an image repository (example: alluxio/alluxio); give the tag in 'tag'")
        .require(ImageReferenceGrammar.isTag(tag()), "tag",
            "\"" + tag() + "\" is not an image tag (example: " + DEFAULT_ALLUXIO_TAG + ")")
        .require(!tag().toLowerCase(Locale.ROOT).equals("latest"), "tag",
            "\"latest\" is not a pinned tag: the same spec would run different releases over time; pin a release such as "
                + DEFAULT_ALLUXIO_TAG)
        .throwIfAny();
  }
}
