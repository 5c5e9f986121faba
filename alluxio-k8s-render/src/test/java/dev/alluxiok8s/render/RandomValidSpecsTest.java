package dev.alluxiok8s.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.check.EnvFileCharacters;
import dev.alluxiok8s.model.process.MasterProcess;
import dev.alluxiok8s.model.property.ManagedProperties;
import dev.alluxiok8s.model.property.PropertyRules;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.worker.Workers;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid specs, with every character a value may hold: each renders, passes the validator
 * (the renderer refuses output with errors), and its ConfigMap, which Alluxio's entrypoint writes
 * into {@code alluxio-env.sh}, holds no character the shell would interpret there, other than
 * the renderer's own {@code ${VARIABLE}} references.
 */
class RandomValidSpecsTest {

  /** Every printable ASCII character a value may hold: no white space, none that EnvFileCharacters refuses. */
  private static final String SAFE = "abcxyzABCXYZ0189._:/,=@+%-~!#&'()*;<>^{|}";

  private static final ManifestRenderer RENDERER = ManifestRenderer.builder().build();

  @Provide
  Arbitrary<AlluxioCluster> clusters() {
    Arbitrary<String> value = Arbitraries.strings().withChars(SAFE.replace("*", "")).ofMinLength(1).ofMaxLength(16);
    // Keys Alluxio 2.9.4 knows, of free text (the catalog refuses a made-up key), that no attribute computes.
    Arbitrary<String> key = Arbitraries.of("alluxio.user.app.id", "alluxio.user.date.format.pattern",
            "alluxio.user.file.target.media", "alluxio.user.hostname")
        .filter(k -> !PropertyRules.looksLikeCredential(k) && ManagedProperties.ownerOf(k).isEmpty());
    Arbitrary<Map<String, String>> properties = Arbitraries.maps(key, value).ofMaxSize(4);
    Arbitrary<List<String>> jvm = value.map(v -> "-Dx.y=" + v).list().ofMaxSize(3);
    Arbitrary<String> bucket = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(3).ofMaxLength(10);
    Arbitrary<String> directory = Arbitraries.strings().withChars("abcxyz0189._-").ofMinLength(1).ofMaxLength(10)
        .filter(d -> !d.equals(".") && !d.equals(".."));
    return Combinators.combine(properties, jvm, bucket, directory, value).as((props, options, b, dir, ufsPath) ->
        Clusters.with(spec -> spec
            .underStorage(UnderStorage.builder().rootUri("s3a://" + b + "/" + ufsPath.replaceAll("[^A-Za-z0-9._-]", "")).build())
            .putAllProperties(props)
            .masters(dev.alluxiok8s.model.master.Masters.builder()
                .master(MasterProcess.builder().addAllJvmOptions(options).build()).build())
            .tieredStore(TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.SSD)
                .addDirectories(TierDirectory.at("/mnt/" + dir, "10Gi")).build()).build())
            .workers(Workers.builder().podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED,
                "host networking and node directories")).build())));
  }

  @Property(tries = 60)
  void rendersValidOutputWithoutShellCharacters(@ForAll("clusters") AlluxioCluster cluster) throws Exception {
    RenderResult result = RENDERER.render(cluster);
    assertThat(result.report().errors()).isEmpty();
    Clusters.context(cluster).configData().forEach((name, options) ->
        assertThat(EnvFileCharacters.firstUnsafe(options.replaceAll("\\$\\{[A-Z0-9_]+\\}", "")))
            .as(name + "=" + options).isEmpty());
  }
}
