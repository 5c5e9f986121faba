package dev.alluxiok8s.properties.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which processes read a key of each scope, as Alluxio's scope bits say. */
class ScopeTest {

  @Test
  void eachScopeReachesTheProcessesThatReadIt() {
    assertThat(readers(Scope.MASTER)).containsExactly(Role.MASTER, Role.JOB_MASTER);
    assertThat(readers(Scope.WORKER)).containsExactly(Role.WORKER, Role.JOB_WORKER);
    assertThat(readers(Scope.SERVER)).containsExactly(Role.MASTER, Role.JOB_MASTER, Role.WORKER, Role.JOB_WORKER);
    assertThat(readers(Scope.CLIENT)).containsExactly(Role.JOB_MASTER, Role.JOB_WORKER, Role.CLIENT);
    assertThat(readers(Scope.ALL)).containsExactly(Role.values());
  }

  @Test
  void aKeyOfNoScopeNeverLooksMisplaced() {
    assertThat(readers(Scope.NONE)).containsExactly(Role.values());
  }

  private static List<Role> readers(Scope scope) {
    return Arrays.stream(Role.values()).filter(scope::reaches).toList();
  }
}
