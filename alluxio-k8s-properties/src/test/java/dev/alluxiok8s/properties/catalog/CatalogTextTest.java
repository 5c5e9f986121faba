package dev.alluxiok8s.properties.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalog text's details: its order, comments, escapes, and a resource that is missing. */
class CatalogTextTest {

  @Test
  void keysAreWrittenByNameAndTemplatesInAlluxiosOrder() {
    String text = CatalogFormat.write("src", "1", List.of(key("alluxio.b"), key("alluxio.a")),
        List.of(template("alluxio.z.%s"), template("alluxio.y.%s")));

    assertThat(text.lines().filter(l -> !l.startsWith("#") && !l.startsWith("@")).map(l -> l.split("\t")[1]))
        .containsExactly("alluxio.a", "alluxio.b", "alluxio.z.%s", "alluxio.y.%s");
  }

  @Test
  void theFirstTemplateThatMatchesWins() {
    PropertyCatalog catalog = CatalogFormat.read(CatalogFormat.write("src", "1", List.of(),
        List.of(template("alluxio.z.%s"), new PropertyDefinition("alluxio.%s.%s", Optional.of(Pattern.compile("alluxio\\.(\\w+)\\.(\\w+)")),
            PropertyType.INTEGER, Scope.ALL, false, false, "", List.of(), List.of(), "", "", ""))));

    assertThat(catalog.find("alluxio.z.q").orElseThrow().definition().name()).isEqualTo("alluxio.z.%s");
    assertThat(catalog.find("alluxio.y.q").orElseThrow().definition().name()).isEqualTo("alluxio.%s.%s");
  }

  @Test
  void commentsAndEmptyLinesAreSkippedAndEachFlagIsReadOnItsOwn() {
    PropertyCatalog catalog = CatalogFormat.read("# a comment\t\n\n@version\t1\n"
        + "key\talluxio.hidden\t\tSTRING\tALL\thidden\t\t\t\t\t\t\n"
        + "key\talluxio.secret\t\tSTRING\tALL\tcredential\t\t\t\t\t\t\n");

    assertThat(catalog.version()).isEqualTo("1");
    assertThat(catalog.keys().get("alluxio.hidden").hidden()).isTrue();
    assertThat(catalog.keys().get("alluxio.hidden").credential()).isFalse();
    assertThat(catalog.keys().get("alluxio.secret").hidden()).isFalse();
    assertThat(catalog.keys().get("alluxio.secret").credential()).isTrue();
  }

  @Test
  void escapesReadBackAndALoneBackslashStaysOne() {
    assertThat(CatalogFormat.escape("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
    assertThat(CatalogFormat.unescape("a\\\\b\\tc\\nd\\re")).isEqualTo("a\\b\tc\nd\re");
    assertThat(CatalogFormat.unescape("ends\\")).isEqualTo("ends\\");
    assertThat(CatalogFormat.unescape("\\q")).isEqualTo("q");
  }

  @Test
  void aHiddenKeyIsNeverOfferedAsTheKeyMeant() {
    // alluxio.conf.dir is hidden (Alluxio leaves it out of its documentation): one edit away, it is
    // passed over for a documented key three edits away.
    assertThat(Catalogs.newest().keys().get("alluxio.conf.dir").hidden()).isTrue();
    assertThat(Catalogs.newest().closest("alluxio.conf.dirr")).hasValue("alluxio.work.dir");
  }

  @Test
  void theShippedCatalogIsLoadedOnce() {
    assertThat(Catalogs.newest()).isSameAs(Catalogs.newest());
    assertThat(Catalogs.load(Catalogs.RESOURCE).version()).isEqualTo(Catalogs.newest().version());
  }

  @Test
  void aTemplateIsADefinitionWithAPattern() {
    assertThat(template("alluxio.z.%s").isTemplate()).isTrue();
    assertThat(key("alluxio.z").isTemplate()).isFalse();
  }

  @Test
  void aMissingCatalogResourceSaysWhichOne() {
    assertThatThrownBy(() -> Catalogs.load("alluxio-0.0.0.catalog"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the property catalog alluxio-0.0.0.catalog is missing from the class path");
  }

  private static PropertyDefinition key(String name) {
    return new PropertyDefinition(name, Optional.empty(), PropertyType.STRING, Scope.ALL, false, false, "", List.of(),
        List.of(), "", "", "");
  }

  private static PropertyDefinition template(String format) {
    String regex = Pattern.quote(format.replace("%s", "@")).replace("@", "\\E(\\w+)\\Q");
    return new PropertyDefinition(format, Optional.of(Pattern.compile(regex)), PropertyType.STRING, Scope.ALL, false, false,
        "", List.of(), List.of(), "", "", "");
  }
}
