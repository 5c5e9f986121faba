package dev.alluxiok8s.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The resolver's shortcuts (first character, word table) agree with its patterns. */
class Yaml11ResolverShortcutTest {

  private final Yaml11Resolver resolver = new Yaml11Resolver();

  @Property(tries = 5000)
  void theShortcutsAgreeWithThePatterns(@ForAll("strings") String value) {
    assertThat(resolver.resolve(value, true)).as(value).isEqualTo(Yaml11Resolver.byPatterns(value));
  }

  @Example
  void everyFirstCharacterAndEveryWordInAnyCaseAgree() {
    String[] tails = {"", "0", "1", ":30", "es", "ES", "o", "rue", "RUE", "alse", "n", "ff", "FF", "ull", "ULL",
        "inf", ".5", "x1F", "b101", "<", "-12-14", "nf", "an"};
    for (char first = 0; first < 0x250; first++) {
      for (String tail : tails) {
        String value = first + tail;
        assertThat(resolver.resolve(value, true)).as(value).isEqualTo(Yaml11Resolver.byPatterns(value));
      }
    }
    for (String word : new String[] {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "yeſ", "ſes",
        "nuLL", "NULL", "oN", "K", "True1", "falsey"}) {
      assertThat(resolver.resolve(word, true)).as(word).isEqualTo(Yaml11Resolver.byPatterns(word));
    }
  }

  @Provide
  Arbitrary<String> strings() {
    return QuotingRoundTripTest.nastyStrings();
  }
}
