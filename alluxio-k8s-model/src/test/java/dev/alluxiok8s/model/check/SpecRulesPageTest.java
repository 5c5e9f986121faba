package dev.alluxiok8s.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The validation page ({@code src/site/markdown/validation.md}) lists every spec rule id the model
 * reports, each in its own table row, and no id the model no longer has.
 */
class SpecRulesPageTest {

  private static final Path PAGE =
      Path.of(System.getProperty("alluxio.k8s.repo", "..")).resolve("src/site/markdown/validation.md");
  private static final Pattern ROW_ID = Pattern.compile("^\\| `(SPEC-[A-Z0-9-]+)` \\|", Pattern.MULTILINE);
  private static final Pattern ANY_ID = Pattern.compile("SPEC-[A-Z0-9-]*[A-Z0-9]");

  @Test
  void thePageHasARowForEverySpecRuleAndNoOther() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    Set<String> rows = new TreeSet<>();
    Matcher row = ROW_ID.matcher(page);
    while (row.find()) {
      assertThat(rows.add(row.group(1))).as("%s has one row", row.group(1)).isTrue();
    }
    Set<String> mentioned = new TreeSet<>();
    Matcher any = ANY_ID.matcher(page);
    while (any.find()) {
      mentioned.add(any.group());
    }
    Set<String> ids = Arrays.stream(SpecRule.values()).map(SpecRule::id).collect(Collectors.toCollection(TreeSet::new));

    assertThat(rows).as("rows of validation.md's spec rules table").isEqualTo(ids);
    assertThat(mentioned).as("SPEC-* ids named anywhere on validation.md").isSubsetOf(ids);
  }

  @Test
  void idsAreDistinctAndSpelledAlike() {
    assertThat(Arrays.stream(SpecRule.values()).map(SpecRule::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("SPEC(-[A-Z0-9]+)+"));
  }
}
