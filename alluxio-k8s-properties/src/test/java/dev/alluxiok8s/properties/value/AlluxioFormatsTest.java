package dev.alluxiok8s.properties.value;

import static org.assertj.core.api.Assertions.assertThat;

import alluxio.util.FormatUtils;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The durations and data sizes accepted here are exactly those Alluxio's own {@link FormatUtils}
 * accepts, over a grid of numbers and units (right and wrong): a value passing here does not fail
 * in Alluxio, and one refused here would fail there.
 */
class AlluxioFormatsTest {

  private static final List<String> NUMBERS = List.of("", "0", "1", "-1", "10", "1.5", ".5", "1e3", "007", "-", "+1", "1,5");
  private static final List<String> UNITS = List.of("", "ms", "MS", "s", "sec", "second", "seconds", "m", "min", "Minute",
      "h", "hr", "hour", "d", "day", "days", "w", "b", "B", "k", "KB", "kib", "Ki", "MB", "mb", "Mi", "G", "GB", "GiB",
      "T", "TB", "Ti", "P", "PB", "pi", "XB", "E", "EB", " MB", "GB ", "1", "%");

  @Test
  void durationsAreAcceptedExactlyWhenAlluxioParsesThem() {
    List<String> disagreements = new ArrayList<>();
    for (String value : grid()) {
      if (AlluxioFormats.isDuration(value) != parses(() -> FormatUtils.parseTimeSize(value))) {
        disagreements.add(value);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void dataSizesAreAcceptedExactlyWhenAlluxioParsesThem() {
    List<String> disagreements = new ArrayList<>();
    for (String value : grid()) {
      if (AlluxioFormats.isDataSize(value) != parses(() -> FormatUtils.parseSpaceSize(value))) {
        disagreements.add(value);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void theGridHoldsValuesOfBothKinds() {
    assertThat(grid()).filteredOn(AlluxioFormats::isDuration).contains("10sec", "-1", "10Minute").doesNotContain("1.5s");
    assertThat(grid()).filteredOn(AlluxioFormats::isDataSize).contains("1.5GB", "10", "1e3MB").doesNotContain("10XB");
  }

  private static List<String> grid() {
    List<String> values = new ArrayList<>();
    for (String n : NUMBERS) {
      for (String u : UNITS) {
        values.add(n + u);
      }
    }
    return values;
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
