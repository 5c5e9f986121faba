package dev.alluxiok8s.schema.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.schema.file.SpecException;
import dev.alluxiok8s.schema.file.SpecReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema and the reader (what {@code alluxio-k8s render} and {@code validate} run) are
 * mirrors: one corpus of good and bad specs goes through both, and they accept and refuse the same
 * files, but for the disagreements listed here.
 */
class SchemaMirrorTest {

  /**
   * What JSON Schema 2020-12 cannot say, so the schema accepts what the reader refuses. Each is
   * named in the schema's description; a listed file that stops disagreeing fails, so the list
   * cannot outlive its reason.
   */
  static final Map<String, String> KNOWN_DISAGREEMENTS = Map.of(
      // 2020-12 defines an integer as a number without a fractional part, however it is written.
      "bad/count-as-decimal.yaml", "3.0 is an integer to JSON Schema; the reader asks for 3",
      // No keyword compares two values of an instance ($data is an Ajv extension, not 2020-12).
      "bad/inverted-watermarks.yaml", "lowWatermark must be below highWatermark: a rule between two values");

  private static final SpecReader READER = SpecReader.create();

  static List<String> corpus() {
    return SpecCorpus.names();
  }

  static boolean readerAccepts(String name) {
    try {
      READER.readText(name, SpecCorpus.text(name));
      return true;
    } catch (SpecException e) {
      return false;
    }
  }

  static boolean schemaAccepts(String name) {
    return SpecSchema.validate(SpecCorpus.text(name)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theReaderAndTheSchemaAgree(String name) {
    boolean good = SpecCorpus.isGood(name);
    boolean reader = readerAccepts(name);
    boolean schema = schemaAccepts(name);

    assertThat(reader).as("the reader %s %s", reader ? "accepts" : "refuses", name).isEqualTo(good);
    if (KNOWN_DISAGREEMENTS.containsKey(name)) {
      assertThat(schema).as("%s is listed as a disagreement (%s) but the schema agrees now: remove it from the list",
          name, KNOWN_DISAGREEMENTS.get(name)).isNotEqualTo(reader);
    } else {
      assertThat(schema).as("the schema %s %s: %s", schema ? "accepts" : "refuses", name,
          SpecSchema.validate(SpecCorpus.text(name))).isEqualTo(reader);
    }
  }

  @Test
  void everyListedDisagreementIsACorpusFile() {
    assertThat(corpus()).containsAll(KNOWN_DISAGREEMENTS.keySet());
  }

  @Test
  void theCorpusHasTheCasesTheSchemaAndTheReaderOnceDisagreedOn() {
    assertThat(corpus()).contains("good/cpu-as-number.yaml", "bad/quota-as-number.yaml", "good/tag-as-decimal.yaml",
        "bad/embedded-even-masters.yaml", "bad/count-as-decimal.yaml", "bad/quota-zero.yaml", "bad/quota-negative.yaml",
        "bad/root-uri-relative.yaml", "bad/tier-claim-without-name.yaml", "bad/duplicate-tier-aliases.yaml",
        "bad/inverted-watermarks.yaml");
  }
}
