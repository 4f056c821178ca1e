package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.internal.LibraryAccess;
import io.github.parindex.model.ParIndexException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The builders of the engine's outputs open only with the library's key (its package is exported to the library's
 * own modules alone), and have no public constructor: user code gets scorecards from {@link Engine#score} and from
 * reading reports.
 */
class OutputBuildersTest {

  @Test
  void withoutTheKeyNoBuilderOpens() {
    assertThatThrownBy(() -> Scorecard.builder(null)).isInstanceOf(ParIndexException.class)
        .hasMessageContaining("library's own modules");
    assertThatThrownBy(() -> NodeScore.builder(null)).isInstanceOf(ParIndexException.class);
    assertThatThrownBy(() -> Explanation.builder(null)).isInstanceOf(ParIndexException.class);
    assertThat(Scorecard.builder(LibraryAccess.KEY)).isNotNull();
  }

  @Test
  void theBuildersHaveNoPublicConstructorAndNoPublicNoArgumentFactory() throws Exception {
    for (Class<?> c : new Class<?>[] {Scorecard.Builder.class, NodeScore.Builder.class, Explanation.Builder.class}) {
      assertThat(c.getConstructors()).as(c.getName()).isEmpty();
    }
    for (Class<?> c : new Class<?>[] {Scorecard.class, NodeScore.class, Explanation.class}) {
      assertThat(Modifier.isPublic(c.getDeclaredMethod("builder").getModifiers())).as(c.getName()).isFalse();
    }
  }

  @Test
  void theInternalPackageIsExportedOnlyToTheLibrarysModules() throws Exception {
    String descriptor = Files.readString(Path.of("src/main/java/module-info.java"));
    assertThat(descriptor).containsPattern(
        "exports io\\.github\\.parindex\\.internal to io\\.github\\.parindex\\.rules, io\\.github\\.parindex\\.testkit[,;]")
        .doesNotContainPattern("exports io\\.github\\.parindex\\.internal;");
  }
}
