package org.paintreatment.library;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of docs/architecture.md, kept true: the kernel at the bottom; the taxonomy's
 * vocabulary, the quality checklist and the text pipeline above it (plain Java, no Spring);
 * storage and search above those; the importer above storage; the pages and the API on top.
 * Dependencies point down only.
 */
class ArchitectureTest {

	static final String ROOT = "org.paintreatment.library";

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
		.importPackages(ROOT);

	static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("Pages and API").definedBy(ROOT + ".web..")
		.layer("Import").definedBy(ROOT + ".importer..")
		.layer("Storage and search").definedBy(ROOT + ".article..", ROOT + ".taxonomy.store..", ROOT + ".search..")
		.layer("Vocabulary and text").definedBy(ROOT + ".taxonomy", ROOT + ".quality..", ROOT + ".text..")
		.layer("Kernel").definedBy(ROOT + ".kernel..")
		.whereLayer("Pages and API").mayNotBeAccessedByAnyLayer()
		.whereLayer("Import").mayOnlyBeAccessedByLayers("Pages and API")
		.whereLayer("Storage and search").mayOnlyBeAccessedByLayers("Import", "Pages and API")
		.whereLayer("Vocabulary and text").mayOnlyBeAccessedByLayers("Storage and search", "Import", "Pages and API")
		.whereLayer("Kernel").mayOnlyBeAccessedByLayers("Vocabulary and text", "Storage and search", "Import",
				"Pages and API");

	static final ArchRule NO_CYCLES = slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

	static final ArchRule TEXT_WITHOUT_SPRING = noClasses().that()
		.resideInAnyPackage(ROOT + ".taxonomy", ROOT + ".quality..", ROOT + ".text..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..")
		.because("text processing is plain Java, unit-tested on strings; Spring wires it together at the edges");

	static final ArchRule EVERY_CLASS_IN_A_LAYER = classes().that()
		.doNotHaveSimpleName("LibraryApplication")
		.should()
		.resideInAnyPackage(ROOT + ".web..", ROOT + ".importer..", ROOT + ".article..", ROOT + ".taxonomy..",
				ROOT + ".search..", ROOT + ".quality..", ROOT + ".text..", ROOT + ".kernel..")
		.because("every class belongs to one of the layers, so that the layer rule covers it");

	@Test
	void dependenciesPointDownTheLayersOnly() {
		LAYERS.check(CLASSES);
	}

	@Test
	void noPackageDependsOnItselfThroughAnother() {
		NO_CYCLES.check(CLASSES);
	}

	@Test
	void theVocabularyTheQualityChecklistAndTheTextPipelineUseNoSpring() {
		TEXT_WITHOUT_SPRING.check(CLASSES);
	}

	@Test
	void everyClassIsInALayer() {
		EVERY_CLASS_IN_A_LAYER.check(CLASSES);
	}

}
