package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartLine.Trait;
import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.image.Images;
import dev.alluxiok8s.model.image.ImmutableImages;
import dev.alluxiok8s.model.image.PullPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The image keys (Alluxio's, FUSE's where the line has its own, the pull secrets) onto {@code spec.images}. */
final class ImagesMapper extends AreaMapper {

  ImagesMapper(MappingContext c) {
    super(c);
  }

  Images map() {
    c.origin("images.alluxio", "imageTag");
    c.origin("images.alluxio.repository", "image");
    c.origin("images.alluxio.pullPolicy", "imagePullPolicy");
    ImmutableImages.Builder b = Images.builder();
    Optional.ofNullable(c.build("images.alluxio", () -> image("image", "imageTag", "imagePullPolicy", "alluxio/alluxio")))
        .ifPresent(b::alluxio);
    if (c.line.has(Trait.FUSE_IMAGE) && values.has("fuse")) {
      c.origin("images.fuse", "fuse.imageTag");
      c.origin("images.fuse.repository", "fuse.image");
      Optional.ofNullable(c.build("images.fuse", () -> image("fuse.image", "fuse.imageTag", "fuse.imagePullPolicy",
          "alluxio/alluxio-fuse"))).ifPresent(b::fuse);
    }
    List<ValueNode> pullSecrets = values.items(values.at("imagePullSecrets"));
    for (int i = 0; i < pullSecrets.size(); i++) {
      ValueNode item = pullSecrets.get(i);
      c.origin("images.pullSecrets[" + i + "]", item);
      if (item instanceof ValueNode.Mapping m) {
        values.string(values.at(m, "name")).ifPresent(b::addPullSecrets);
      } else {
        values.string(Optional.of(item)).ifPresent(b::addPullSecrets);
      }
    }
    return b.build();
  }

  private Image image(String repositoryKey, String tagKey, String policyKey, String defaultRepository) {
    Optional<String> tag = values.string(tagKey);
    String effective = tag.orElse(c.defaults.imageTag());
    if (effective.endsWith("-SNAPSHOT")) {
      String message = "\"" + effective + "\" is a development snapshot" + (tag.isEmpty() ? " (the chart's default)" : "")
          + "; it is kept so the imported cluster runs the same Alluxio, but pin a released tag such as "
          + Image.DEFAULT_ALLUXIO_TAG + " (a different release may need a journal upgrade)";
      values.at(tagKey).ifPresentOrElse(n -> values.warn(n, message), () -> values.warnFile(tagKey + ": " + message));
    }
    PullPolicy policy = values.oneOf(values.at(policyKey), List.of("IfNotPresent", "Always", "Never"))
        .map(p -> Arrays.stream(PullPolicy.values()).filter(v -> v.value().equals(p)).findFirst().orElseThrow())
        .orElse(PullPolicy.IF_NOT_PRESENT);
    return Image.builder().repository(values.string(repositoryKey).orElse(defaultRepository)).tag(effective)
        .pullPolicy(policy).build();
  }
}
