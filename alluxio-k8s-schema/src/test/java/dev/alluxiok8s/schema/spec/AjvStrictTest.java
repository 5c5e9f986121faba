package dev.alluxiok8s.schema.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Ajv, the validator behind most editors and CI linters, compiles the schema in strict mode and
 * judges the corpus as networknt does. It needs {@code node} and an installed Ajv 8 (for example
 * {@code npm install --prefix /tmp/ajv ajv@8} and {@code NODE_PATH=/tmp/ajv/node_modules}); without
 * them it is skipped, and {@link SchemaKeywordsTest} still proves the schema has no unknown keyword.
 */
class AjvStrictTest {

  private static final long TIMEOUT_SECONDS = 60;

  @Test
  void strictAjvCompilesTheSchemaAndJudgesTheCorpusAsNetworkntDoes(@TempDir Path dir) throws Exception {
    assumeTrue(run(List.of("node", "-e", "require.resolve('ajv/dist/2020')")).exitCode() == 0,
        "needs node and Ajv 8 (npm install ajv@8; NODE_PATH pointing at its node_modules)");
    Path schema = Files.writeString(dir.resolve("alluxio-cluster.schema.json"), SpecSchema.json());
    Path documents = Files.createDirectory(dir.resolve("corpus"));
    YAMLMapper yaml = YAMLMapper.builder().build();
    TreeMap<String, String> networknt = new TreeMap<>();
    for (String name : SpecCorpus.names()) {
      String file = name.replace('/', '_').replace(".yaml", ".json");
      Files.writeString(documents.resolve(file), JsonMapper.shared().writeValueAsString(yaml.readTree(SpecCorpus.text(name))));
      networknt.put(file, SchemaMirrorTest.schemaAccepts(name) ? "valid" : "invalid");
    }

    Result ajv = run(List.of("node", script().toString(), schema.toString(), documents.toString()));

    assertThat(ajv.exitCode()).as("Ajv in strict mode: %s", ajv.err()).isZero();
    TreeMap<String, String> verdicts = new TreeMap<>();
    for (String line : ajv.out().strip().split("\n")) {
      String[] fields = line.split("\t");
      verdicts.put(fields[0], fields[1]);
    }
    assertThat(verdicts).isEqualTo(networknt);
  }

  private static Path script() throws URISyntaxException {
    return Path.of(AjvStrictTest.class.getResource("ajv-check.js").toURI());
  }

  private record Result(int exitCode, String out, String err) {}

  private static Result run(List<String> command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(new ArrayList<>(command)).start();
      process.getOutputStream().close();
      // Small outputs: read both after the process ends, within the time limit.
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(-1, "", command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      return new Result(process.exitValue(), read(process.getInputStream()), read(process.getErrorStream()));
    } catch (IOException e) {
      return new Result(-1, "", "cannot run " + command.get(0) + ": " + e.getMessage());
    }
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
