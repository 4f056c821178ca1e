package io.github.parindex.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of core's value types (packages {@code model}, {@code engine} and {@code audit}): generated
 * implementations and builders package-private behind the abstract type, JDK collections only, {@code copy}
 * ("with") methods on every value.
 *
 * <p>Why a style annotation of our own rather than {@code @Value.Style} on the packages: {@code @Value.Style} is
 * kept in class files, and its enum constants ({@code ImplementationVisibility.PACKAGE}) and nested
 * {@code @Value.Immutable} name classes of {@code org.immutables:value-annotations}, a compile-only dependency that
 * users of the jar do not have. Every module that reads core's class files then got "unknown enum constant" from
 * javadoc and "Cannot find annotation method" from javac. This annotation has {@link RetentionPolicy#SOURCE
 * SOURCE} retention: the annotation processor reads it (and the {@code @Value.Style} on it) while core compiles,
 * and nothing of it reaches the class files.
 *
 * <pre>{@code
 * @ValueStyle
 * package io.github.parindex.model;
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true),
    // No @org.immutables.value.Generated in the class files: consumers do not have it, and javac -Xlint:all warns
    // "Cannot find annotation method". Naming only a JDK annotation here allows none of the optional ones.
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {

  /**
   * {@link ValueStyle} plus a constructor taking every attribute ({@code allParameters}), for a value the engine
   * builds many times per score without a builder ({@code engine.NodeScore}). Source retention, like
   * {@link ValueStyle}.
   *
   * <pre>{@code
   * @Value.Immutable
   * @ValueStyle.AllParameters
   * public abstract class NodeScore { ... }
   * }</pre>
   *
   * @since 0.1.0
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.SOURCE)
  @Value.Style(
      visibility = Value.Style.ImplementationVisibility.PACKAGE,
      overshadowImplementation = true,
      jdkOnly = true,
      builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
      defaults = @Value.Immutable(copy = true),
      allParameters = true,
      allowedClasspathAnnotations = {Override.class})
  @interface AllParameters {}
}
