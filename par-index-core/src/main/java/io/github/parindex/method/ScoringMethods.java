package io.github.parindex.method;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry of scoring-method kinds: every {@link MethodKind} found by {@link ServiceLoader}, the built-in ones
 * (declared by {@code par-index-core} itself) and those of rule modules alike, by name.
 *
 * <pre>{@code
 * ScoringMethods kinds = ScoringMethods.standard();
 * kinds.names();                                   // [count-times-points, deadline, ..., yes-no]
 * kinds.find("yes-no").orElseThrow().type();       // class io.github.parindex.method.YesNo
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScoringMethods {

  /** Discovered once, on first use, through the class loader of this library; published safely to every thread. */
  private static final class Standard {
    static final ScoringMethods INSTANCE = discover();

    private static ScoringMethods discover() {
      List<MethodKind<?>> found = new ArrayList<>();
      ServiceLoader.load(MethodKind.class, ScoringMethods.class.getClassLoader()).forEach(found::add);
      return of(found);
    }
  }

  private final Map<String, MethodKind<?>> byName;

  private ScoringMethods(Map<String, MethodKind<?>> byName) {
    this.byName = byName;
  }

  /**
   * Every method kind found by {@link ServiceLoader} through the class loader (or module layer) of this library,
   * discovered once. Thread-safe.
   *
   * @return the registry
   * @throws IllegalStateException if two kinds have the same name (on this and every later call)
   */
  public static ScoringMethods standard() {
    return Standard.INSTANCE;
  }

  /**
   * A registry of exactly these kinds.
   *
   * @param kinds the kinds
   * @return the registry, in the given order
   * @throws IllegalStateException if two kinds have the same name, naming both
   */
  public static ScoringMethods of(Collection<? extends MethodKind<?>> kinds) {
    Map<String, MethodKind<?>> byName = new LinkedHashMap<>();
    for (MethodKind<?> k : kinds) {
      MethodKind<?> before = byName.putIfAbsent(k.kind(), k);
      if (before != null) {
        throw new IllegalStateException("two method kinds named \"" + k.kind() + "\": " + before.getClass().getName()
            + " and " + k.getClass().getName());
      }
    }
    return new ScoringMethods(byName);
  }

  /**
   * The kind of a name.
   *
   * @param name e.g. {@code "percent-bands"}
   * @return the kind, or empty if none has that name
   */
  public Optional<MethodKind<?>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * Every kind, in the order found.
   *
   * @return the kinds
   */
  public List<MethodKind<?>> all() {
    return List.copyOf(byName.values());
  }

  /**
   * Every name, sorted.
   *
   * @return the names
   */
  public Set<String> names() {
    return new TreeSet<>(byName.keySet());
  }

  @Override
  public String toString() {
    return "scoring methods " + names();
  }
}
