package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.model.AlluxioCluster;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a cluster back as a spec file, so that {@code SpecReader.read(write(cluster))} equals
 * {@code cluster}. Empty values are left out; defaults are written, so the file shows every
 * choice the model made.
 */
public final class SpecWriter {

  private final YAMLMapper mapper = SpecMapper.create(ReadLimits.defaults());

  public static SpecWriter create() {
    return new SpecWriter();
  }

  public String write(AlluxioCluster cluster) {
    return mapper.writeValueAsString(cluster);
  }
}
