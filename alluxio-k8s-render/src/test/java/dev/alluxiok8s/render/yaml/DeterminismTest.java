package dev.alluxiok8s.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Same input, same bytes: whatever the map insertion order, default locale or time zone. The
 * whole suite also runs under Turkish locale and UTC+14 (see the {@code turkish-locale} surefire
 * execution in this module's POM), so the goldens pin the bytes there too.
 */
class DeterminismTest {

  private static final List<String> KEYS =
      List.of("TITLE", "title", "İstanbul", "ılık", "I", "i", "yes", "Yes", "z", "a.b/c", "1:30");

  @Test
  void mapInsertionOrderNeverReachesTheOutput() {
    String expected = new YamlWriter().write(configMap(KEYS));
    Random random = new Random(20260101L);

    for (int round = 0; round < 50; round++) {
      List<String> shuffled = new ArrayList<>(KEYS);
      Collections.shuffle(shuffled, random);

      assertThat(new YamlWriter().write(configMap(shuffled))).isEqualTo(expected);
    }
  }

  @Test
  void localeAndTimeZoneDoNotChangeTheBytes() {
    String expected = new YamlWriter().writeAll(List.of(configMap(KEYS), MasterFixture.statefulSet()));
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

      String actual = new YamlWriter().writeAll(List.of(configMap(KEYS), MasterFixture.statefulSet()));

      assertThat(actual).isEqualTo(expected);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void recognisesYaml11WordsWithAsciiCaseRulesInAnyLocale() {
    Locale locale = Locale.getDefault();
    try {
      // A Turkish toLowerCase() turns "INF" into "ınf" (dotless i), which would let "-INF" slip
      // through unquoted; the resolver folds ASCII case only, whatever the default locale.
      Locale.setDefault(new Locale("tr", "TR"));
      YamlWriter yaml = new YamlWriter();

      assertThat(yaml.writeTree(Map.of("k", "-INF"))).isEqualTo("k: \"-INF\"\n");
      assertThat(yaml.writeTree(Map.of("k", ".INF"))).isEqualTo("k: \".INF\"\n");
      assertThat(yaml.writeTree(Map.of("k", "+INFINITY"))).isEqualTo("k: \"+INFINITY\"\n");
      assertThat(yaml.writeTree(Map.of("k", "TRUE"))).isEqualTo("k: \"TRUE\"\n");
      assertThat(yaml.writeTree(Map.of("k", "İnf"))).isEqualTo("k: İnf\n");
    } finally {
      Locale.setDefault(locale);
    }
  }

  private static V1ConfigMap configMap(List<String> keyOrder) {
    Map<String, String> labels = new HashMap<>();
    Map<String, String> data = new LinkedHashMap<>();
    for (String key : keyOrder) {
      labels.put(key.replace('/', '-'), key);
      data.put(key, key + "\n");
    }
    return new V1ConfigMap()
        .apiVersion("v1")
        .kind("ConfigMap")
        .metadata(
            new V1ObjectMeta()
                .name("alluxio-config")
                .labels(labels)
                .annotations(Map.of("size", new Quantity(new BigDecimal("1.5"), Quantity.Format.DECIMAL_SI).toSuffixedString()))
                .creationTimestamp(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-11))))
        .data(data);
  }
}
