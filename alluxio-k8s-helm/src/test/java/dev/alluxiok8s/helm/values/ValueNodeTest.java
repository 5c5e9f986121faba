package dev.alluxiok8s.helm.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What counts as saying nothing (the key check warns only about values that say something), and each node's kind in messages. */
class ValueNodeTest {

  private static final SourceLocation AT = new SourceLocation("v.yaml", 1, 1);

  private static ValueNode scalar(String text, boolean plain) {
    return new ValueNode.Scalar("k", AT, text, plain);
  }

  @Test
  void nullEmptyTextEmptyBlocksAndPlainFalseSayNothing() {
    assertThat(new ValueNode.Null("k", AT).isEmpty()).isTrue();
    assertThat(scalar("", true).isEmpty()).isTrue();
    assertThat(scalar("false", true).isEmpty()).isTrue();
    assertThat(new ValueNode.Mapping("k", AT, Map.of()).isEmpty()).isTrue();
    assertThat(new ValueNode.Sequence("k", AT, List.of()).isEmpty()).isTrue();
  }

  @Test
  void quotedFalseTextAndNonEmptyBlocksSaySomething() {
    assertThat(scalar("false", false).isEmpty()).isFalse();
    assertThat(scalar("x", true).isEmpty()).isFalse();
    assertThat(new ValueNode.Mapping("k", AT, Map.of("a", scalar("1", true))).isEmpty()).isFalse();
    assertThat(new ValueNode.Sequence("k", AT, List.of(scalar("1", true))).isEmpty()).isFalse();
  }

  @Test
  void eachKindIsNamedForMessages() {
    assertThat(scalar("x", true).kind()).isEqualTo("a scalar");
    assertThat(new ValueNode.Mapping("k", AT, Map.of()).kind()).isEqualTo("a mapping");
    assertThat(new ValueNode.Sequence("k", AT, List.of()).kind()).isEqualTo("a list");
    assertThat(new ValueNode.Null("k", AT).kind()).isEqualTo("nothing");
  }
}
