package nl.vangnet.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a module owns, declared on its package: only its own SQL names them. Other modules read what they need
 * through the owner's public API, or through the views it {@linkplain #published publishes} (read-only, a stable
 * shape the owner keeps). Checked by {@code EachModuleKeepsToItsOwnTablesTest}, since Spring Modulith cannot see SQL.
 */
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnsTables {

    /** The tables only this module's SQL may name. */
    String[] value();

    /** Views of its tables that any module may read. */
    String[] published() default {};
}
