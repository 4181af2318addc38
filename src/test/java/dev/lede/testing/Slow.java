package dev.lede.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A slow test: it starts a process, drives a browser, loads the embedding model or reads {@code
 * ../shared/data}. {@code mvn test -Pfast} leaves these out; CI runs all. {@code
 * TestConventionsTest} finds the classes that must carry it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {}
