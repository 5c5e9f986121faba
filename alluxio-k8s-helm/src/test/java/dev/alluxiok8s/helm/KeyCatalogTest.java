package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyCatalogTest {

  private static List<String> leaves(KeyCatalog catalog) {
    List<String> leaves = new ArrayList<>();
    catalog.all().keySet().forEach(k -> {
      if (catalog.childrenOf(k).isEmpty() && catalog.find(k + "[]").isEmpty()) {
        leaves.add(k);
      }
    });
    return leaves;
  }

  @Test
  void parentsOfKeysAreKnownSoTyposAtAnyLevelGetASuggestion() {
    KeyCatalog v05 = KeyCatalog.v05();
    assertThat(v05.childrenOf("")).contains("master", "journal", "tieredstore", "properties", "fuse");
    assertThat(v05.childrenOf("journal.format")).containsExactly("job");
    assertThat(v05.childrenOf("tieredstore.levels[]")).contains("mediumtype", "quota");
    assertThat(v05.find("tieredstore.levels")).isPresent();
    assertThat(KeyCatalog.v06().find("shortCircuit.pvcName")).hasValueSatisfying(k ->
        assertThat(k.use()).isEqualTo(KeyCatalog.Use.IGNORED));
  }

  @Test
  void everyKeyOfBothChartLinesIsInTheMigrationPage() throws IOException {
    String text = Reference.migrationPage();
    List<String> missing = new ArrayList<>();
    for (KeyCatalog catalog : List.of(KeyCatalog.v05(), KeyCatalog.v06())) {
      for (String key : leaves(catalog)) {
        if (!text.contains("`" + key + "`") && !missing.contains(key)) {
          missing.add(key);
        }
      }
    }
    assertThat(missing).as("keys the importer knows that the key-by-key tables do not list").isEmpty();
    // An empty table would pass the check above without checking anything.
    assertThat(leaves(KeyCatalog.v05())).contains("journal.pvcName", "domainHostPath", "tieredstore.levels[].quota");
    assertThat(leaves(KeyCatalog.v06())).contains("shortCircuit.volumeType", "csi.nodePlugin.dnsPolicy");
  }
}
