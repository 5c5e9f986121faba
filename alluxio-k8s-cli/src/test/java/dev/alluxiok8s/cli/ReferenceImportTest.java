package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.GeneratedSecret;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.helm.HelmValuesImport;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.naming.Naming;
import dev.alluxiok8s.render.object.RenderedObject;
import dev.alluxiok8s.render.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference case of both charts imports and renders with no validation error, in both
 * namings, and (chart 0.6.x) with no key reported as unsupported or not rendered; no credential value of the case appears outside the generated Secret, and every Secret
 * key a pod reads from a generated Secret is one that Secret holds.
 */
class ReferenceImportTest {

  /** The literal credentials the reference cases were filled with (see the reference README). */
  private static final Pattern EXAMPLE_CREDENTIAL = Pattern.compile("EXAMPLE[A-Z0-9]+");

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.alluxiok8s.cli.Reference#allCases")
  void importsAndRendersWithoutErrors(String name, Path kase, ChartLine version) throws Exception {
    Path values = Reference.present(kase).resolve("values.yaml");
    HelmImport imported = HelmValuesImport.create().chartLine(version).read(values);
    Set<String> credentials = credentialValues(imported, Files.readString(values, StandardCharsets.UTF_8));
    if (version == ChartLine.V0_6) {
      // Everything chart 0.6.x renders has a place in the spec: nothing is dropped as unsupported.
      // (Chart 0.5.x's FUSE DaemonSets, which it runs even when the values never configure FUSE,
      // are left out with a "not rendered" warning on purpose: see Migrating from the Helm chart.)
      assertThat(imported.warnings()).as(name).noneMatch(w -> w.message().contains("not supported")
          || w.message().contains("not rendered"));
    }
    for (Naming naming : new Naming[] {Naming.modern(), ImportedRendering.naming(imported, true)}) {
      RenderResult result = ImportedRendering.rendererBuilder(imported, naming).build().render(imported.cluster());
      assertThat(result.report().findings()).as(name + " " + naming)
          .noneMatch(f -> f.severity() == Severity.ERROR);
      for (RenderedObject object : result.cluster().objects()) {
        if (object.kind().equals("Secret")) {
          continue;
        }
        String yaml = new YamlWriter().writeTree(object.tree());
        assertThat(credentials).as("%s: credential values in %s", name, object).noneMatch(yaml::contains);
        for (List<String> ref : secretKeyRefs(object.tree())) {
          imported.generatedSecret(ref.get(0)).ifPresent(secret -> assertThat(secret.stringData())
              .as("%s: %s reads key %s of the generated Secret %s", name, object, ref.get(1), ref.get(0))
              .containsKey(ref.get(1)));
        }
      }
    }
  }

  /** Every value the import moved into a generated Secret, and every example credential the file writes. */
  private static Set<String> credentialValues(HelmImport imported, String valuesText) {
    Set<String> values = new TreeSet<>();
    for (GeneratedSecret secret : imported.generatedSecrets()) {
      values.addAll(secret.stringData().values());
    }
    Matcher m = EXAMPLE_CREDENTIAL.matcher(valuesText);
    while (m.find()) {
      values.add(m.group());
    }
    return values;
  }

  /** The (Secret name, key) of every {@code secretKeyRef} in {@code tree}. */
  private static List<List<String>> secretKeyRefs(Object tree) {
    List<List<String>> refs = new ArrayList<>();
    collect(tree, refs);
    return refs;
  }

  private static void collect(Object node, List<List<String>> refs) {
    if (node instanceof Map<?, ?> map) {
      if (map.get("secretKeyRef") instanceof Map<?, ?> ref) {
        refs.add(List.of(String.valueOf(ref.get("name")), String.valueOf(ref.get("key"))));
      }
      map.values().forEach(v -> collect(v, refs));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> collect(v, refs));
    }
  }
}
