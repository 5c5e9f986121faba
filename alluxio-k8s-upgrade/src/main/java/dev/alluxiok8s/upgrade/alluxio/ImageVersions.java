package dev.alluxiok8s.upgrade.alluxio;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Step;
import dev.alluxiok8s.upgrade.text.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An older Alluxio image for the masters: the journal format only moves forward, so going back
 * goes through a backup. Tags are compared by their leading numbers ({@code 2.9.4},
 * {@code 2.2.0-SNAPSHOT}); a tag without numbers ({@code latest}) or a digest is not judged.
 */
public final class ImageVersions {

  private ImageVersions() {}

  /** The downgrade of the masters' image, if any. */
  public static Optional<Change> check(Masters oldMasters, Masters newMasters) {
    String was = oldMasters.image();
    String now = newMasters.image();
    List<Integer> a = version(was);
    List<Integer> b = version(now);
    if (a.isEmpty() || b.isEmpty() || compare(b, a) >= 0 || newMasters.first().isEmpty()) {
      return Optional.empty();
    }
    DeployedObject workload = newMasters.first().get();
    return Optional.of(Change.of(workload.ref(), "spec.template.spec.containers", Values.quote(was), Values.quote(now),
        UpgradeRule.IMAGE_DOWNGRADE, "the masters go back to an older Alluxio, which may not read the journal the newer one wrote",
        List.of(oldMasters.backup(), oldMasters.stop(), Masters.restoreFromBackup())));
  }

  /** The numbers at the start of an image's tag: {@code alluxio/alluxio:2.9.4} -> [2, 9, 4]. */
  static List<Integer> version(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    if (colon <= slash || image.contains("@")) {
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>();
    for (String part : image.substring(colon + 1).split("[.-]")) {
      if (part.isEmpty() || part.length() > 9 || !part.chars().allMatch(Character::isDigit)) {
        break;
      }
      numbers.add(Integer.parseInt(part));
    }
    return numbers;
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      int x = i < a.size() ? a.get(i) : 0;
      int y = i < b.size() ? b.get(i) : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }
}
