package dev.alluxiok8s.properties.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogFormatTest {

  @Test
  void fieldsWithTabsLineBreaksAndBackslashesSurviveTheTrip() {
    PropertyDefinition key = new PropertyDefinition("alluxio.x", Optional.empty(), PropertyType.ENUM, Scope.CLIENT,
        true, false, "", List.of("A", "B"), List.of("alluxio.old.x"), "gone\tsoon\nreally \\ truly", "alluxio.y", "A");
    PropertyDefinition template = new PropertyDefinition("alluxio.t.%s", Optional.of(Pattern.compile("alluxio\\.t\\.(\\w+)")),
        PropertyType.LIST, Scope.WORKER, false, true, ",", List.of(), List.of(), "", "", "");

    String text = CatalogFormat.write("src", "1.2.3", List.of(key), List.of(template));
    PropertyCatalog read = CatalogFormat.read(text);

    assertThat(text.lines().filter(l -> !l.startsWith("#"))).hasSize(4);
    assertThat(read.source()).isEqualTo("src");
    assertThat(read.version()).isEqualTo("1.2.3");
    assertThat(read.keys().get("alluxio.x")).isEqualTo(key);
    assertThat(read.templates()).singleElement().satisfies(t -> {
      assertThat(t.pattern().orElseThrow().pattern()).isEqualTo("alluxio\\.t\\.(\\w+)");
      assertThat(t.credential()).isTrue();
      assertThat(t.delimiter()).isEqualTo(",");
    });
    assertThat(read.find("alluxio.old.x").orElseThrow().via()).isEqualTo(PropertyCatalog.Via.ALIAS);
  }

  @Test
  void aLineWithTheWrongNumberOfFieldsIsRefusedWithItsNumber() {
    assertThatThrownBy(() -> CatalogFormat.read("@version\t1\nkey\talluxio.x\n"))
        .hasMessage("catalog line 2: 2 fields, expected 12");
  }
}
