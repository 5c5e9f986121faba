package dev.alluxiok8s.upgrade.objects;

import static dev.alluxiok8s.upgrade.ManifestPairs.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which objects of two sides are the same object to the API server, and the order they come in. */
class PairingTest {

  private static final String CONFIG = "---\napiVersion: %s\nkind: ConfigMap\nmetadata: {name: %s, namespace: alluxio}\n"
      + "data: {v: \"%s\"}\n";

  private static List<DeployedObject> objects(String... documents) {
    return input("x.yaml", String.join("", documents)).objects();
  }

  @Test
  void pairsFollowTheNewSideAndRemovedObjectsTheOldOne() {
    Pairing p = Pairing.of(objects(CONFIG.formatted("v1", "a", 1), CONFIG.formatted("v1", "b", 1), CONFIG.formatted("v1", "c", 1)),
        objects(CONFIG.formatted("v1", "d", 2), CONFIG.formatted("v1", "c", 2), CONFIG.formatted("v1", "a", 2)));

    assertThat(p.pairs()).extracting(pair -> pair.after().name()).containsExactly("c", "a");
    assertThat(p.pairs()).extracting(pair -> pair.before().name()).containsExactly("c", "a");
    assertThat(p.added()).extracting(DeployedObject::name).containsExactly("d");
    assertThat(p.removed()).extracting(DeployedObject::name).containsExactly("b");
    assertThat(p.after()).extracting(DeployedObject::name).containsExactly("d", "c", "a");
    assertThat(p.before()).extracting(DeployedObject::name).containsExactly("a", "b", "c");
  }

  @Test
  void aKeyGivenTwiceKeepsItsLastObjectAsApplyDoes() {
    Pairing p = Pairing.of(objects(CONFIG.formatted("v1", "a", 1)),
        objects(CONFIG.formatted("v1", "a", 2), CONFIG.formatted("v1", "b", 2), CONFIG.formatted("v1", "a", 3)));

    assertThat(p.pairs()).singleElement().satisfies(pair -> assertThat(pair.after().tree().get("data"))
        .isEqualTo(Map.of("v", "3")));
    assertThat(p.after()).extracting(DeployedObject::name).containsExactly("b", "a");
  }

  @Test
  void anotherVersionOfTheSameGroupIsTheSameObjectButAnotherGroupIsNot() {
    String deployment = "---\napiVersion: %s\nkind: Deployment\nmetadata: {name: proxy}\nspec: {replicas: 1}\n";

    Pairing sameGroup = Pairing.of(objects(deployment.formatted("apps/v1beta2")), objects(deployment.formatted("apps/v1")));
    Pairing otherGroup = Pairing.of(objects(deployment.formatted("extensions/v1beta1")), objects(deployment.formatted("apps/v1")));

    assertThat(sameGroup.pairs()).hasSize(1);
    assertThat(otherGroup.pairs()).isEmpty();
    assertThat(ObjectKey.of(objects(CONFIG.formatted("v1", "a", 1)).get(0).ref()).group()).isEmpty();
  }

  @Test
  void bothSidesAreMaskedBeforeAnythingComparesThem() {
    String secret = "---\napiVersion: v1\nkind: Secret\nmetadata: {name: s3, namespace: alluxio}\nstringData: {key: %s}\n";

    Pairing p = Pairing.of(objects(secret.formatted("old")), objects(secret.formatted("new")));

    assertThat(p.pairs().get(0).before().tree().get("stringData")).isEqualTo(Map.of("key", "(hidden)"));
    assertThat(p.pairs().get(0).after().tree().get("stringData")).isEqualTo(Map.of("key", "(hidden, changed)"));
    assertThat(p.before().get(0).tree().toString()).doesNotContain("old");
    Pairing removed = Pairing.of(objects(secret.formatted("old")), List.of());
    assertThat(removed.removed().get(0).tree().toString()).doesNotContain("old");
  }

  @Test
  void keysSortByNamespaceKindNameThenGroup() {
    List<ObjectKey> keys = new ArrayList<>(List.of(new ObjectKey("apps", "StatefulSet", "b", "m"),
        new ObjectKey("", "Service", "a", "z"), new ObjectKey("apps", "Deployment", "a", "z"),
        new ObjectKey("", "Service", "a", "m"), new ObjectKey("", "Deployment", "a", "z")));

    keys.sort(null);

    assertThat(keys).containsExactly(new ObjectKey("", "Deployment", "a", "z"), new ObjectKey("apps", "Deployment", "a", "z"),
        new ObjectKey("", "Service", "a", "m"), new ObjectKey("", "Service", "a", "z"),
        new ObjectKey("apps", "StatefulSet", "b", "m"));
  }

  @Test
  void treesAnswerEmptyValuesForWhatIsMissingOrOfAnotherShape() {
    Map<String, Object> tree = new HashMap<>();
    tree.put("list", new ArrayList<>(java.util.Arrays.asList(Map.of("a", 1), "text", null)));
    tree.put("nothing", null);
    tree.put("map", Map.of("k", "v"));

    assertThat(ObjectTrees.map(tree, "list")).isEmpty();
    assertThat(ObjectTrees.map(null, "map")).isEmpty();
    assertThat(ObjectTrees.maps(tree, "list")).containsExactly(Map.of("a", 1), Map.of(), Map.of());
    assertThat(ObjectTrees.maps(tree, "map")).isEmpty();
    assertThat(ObjectTrees.text(tree, "map")).isEmpty();
    assertThat(ObjectTrees.text(tree, "list")).isEmpty();
    assertThat(ObjectTrees.text(tree, "nothing")).isEmpty();
    assertThat(ObjectTrees.text(null, "x")).isEmpty();
    assertThat(ObjectTrees.text(Map.of("n", 3), "n")).isEqualTo("3");
    Map<String, Object> copied = ObjectTrees.withoutNulls(tree);
    assertThat(copied).containsOnlyKeys("list", "map");
    assertThat(copied.get("list")).isEqualTo(java.util.Arrays.asList(Map.of("a", 1), "text", null));
  }
}
