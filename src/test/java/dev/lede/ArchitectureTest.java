package dev.lede;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering ARCHITECTURE.md describes, checked on the main classes: commands -> newsroom ->
 * stages -> model; storage and search engines (SQLite, Lucene's index and search) only in their
 * adapter packages, which only the newsroom (where they are wired) names; no cycles between
 * packages.
 */
class ArchitectureTest {
  static final String[] ADAPTERS = {
    "dev.lede.index.lucene..",
    "dev.lede.index.opensearch..",
    "dev.lede.store.sqlite..",
    "dev.lede.store.postgres..",
    "dev.lede.store.jdbc..",
    "dev.lede.queue.inprocess..",
    "dev.lede.queue.kafka.."
  };

  /** Engine types: what a distributed store or search engine replaces. */
  static final String[] ENGINES = {
    "java.sql..",
    "org.sqlite..",
    "org.postgresql..",
    "org.apache.kafka..",
    "org.apache.lucene.index..",
    "org.apache.lucene.search..",
    "org.apache.lucene.store..",
    "org.apache.lucene.document..",
    "org.apache.lucene.codecs..",
    "org.apache.lucene.queries..",
    "org.apache.lucene.queryparser.."
  };

  static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.lede");
  }

  @Test
  void commandsUseTheNewsroomWhichUsesTheStagesWhichUseTheModel() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Commands")
        .definedBy("dev.lede.cli..")
        .layer("Newsroom")
        .definedBy("dev.lede.newsroom..", "dev.lede.related..")
        .layer("Stages")
        .definedBy(
            "dev.lede.ingest..",
            "dev.lede.extract..",
            "dev.lede.dedup..",
            "dev.lede.nlp..",
            "dev.lede.story..",
            "dev.lede.write..",
            "dev.lede.web..",
            "dev.lede.poll..",
            "dev.lede.sources..",
            "dev.lede.opml..",
            "dev.lede.ops..",
            "dev.lede.http..",
            "dev.lede.lang..",
            "dev.lede.index",
            "dev.lede.store",
            "dev.lede.queue")
        .layer("Adapters")
        .definedBy(ADAPTERS)
        .layer("Model")
        .definedBy("dev.lede.model..")
        .whereLayer("Commands")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Newsroom")
        .mayOnlyBeAccessedByLayers("Commands")
        .whereLayer("Stages")
        .mayOnlyBeAccessedByLayers("Commands", "Newsroom", "Adapters")
        .whereLayer("Adapters")
        .mayOnlyBeAccessedByLayers("Newsroom")
        .check(main);
  }

  @Test
  void theModelDependsOnNoOtherPartOfLede() {
    noClasses()
        .that()
        .resideInAPackage("dev.lede.model..")
        .should()
        .dependOnClassesThat(
            describe(
                "are in Lede outside the model",
                c ->
                    c.getPackageName().startsWith("dev.lede.")
                        && !c.getPackageName().startsWith("dev.lede.model")))
        .check(main);
  }

  @Test
  void onlyAdaptersTouchSqliteOrLuceneIndexes() {
    noClasses()
        .that()
        .resideOutsideOfPackages(ADAPTERS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ENGINES)
        .because("the scale-out replaces SQLite and Lucene behind the ports (ARCHITECTURE.md)")
        .check(main);
  }

  @Test
  void adaptersAreReachedThroughPortsExceptWhereTheNewsroomWiresThem() {
    noClasses()
        .that()
        .resideOutsideOfPackages(ADAPTERS)
        .and()
        .resideOutsideOfPackage("dev.lede.newsroom..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ADAPTERS)
        .check(main);
  }

  @Test
  void topLevelPackagesHaveNoCycles() {
    slices().matching("dev.lede.(*)..").should().beFreeOfCycles().check(main);
  }
}
