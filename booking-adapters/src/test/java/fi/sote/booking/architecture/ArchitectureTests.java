package fi.sote.booking.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule of the hexagon, checked on the compiled classes (Maven's enforcer checks the
 * module dependencies). Every rule fails when it matches no class (archunit.properties), so a
 * renamed package cannot make a rule pass by matching nothing.
 */
@AnalyzeClasses(
        packages = "fi.sote.booking",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTests.DoNotIncludeTestJars.class})
class ArchitectureTests {

    /** The application's test-jar (the ports' contract tests and fakes) is on this module's test class path. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** Plain Java: the JDK's own packages (javax.crypto for the access log's keyed chain), nothing else. */
    @ArchTest
    static final ArchRule domainIsPlainJava = classes()
            .that()
            .resideInAPackage("fi.sote.booking.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("fi.sote.booking.domain..", "java..", "javax.crypto..");

    @ArchTest
    static final ArchRule applicationSeesOnlyTheDomain = classes()
            .that()
            .resideInAPackage("fi.sote.booking.application..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("fi.sote.booking.application..", "fi.sote.booking.domain..", "java..");

    /** REST and the schedule call use cases only through their ports, never a service or an outbound port. */
    @ArchTest
    static final ArchRule inboundAdaptersUseTheApplicationOnlyThroughItsPorts = noClasses()
            .that()
            .resideInAPackage("fi.sote.booking.adapters.in..")
            .should()
            .dependOnClassesThat(resideInAPackage("fi.sote.booking.application..")
                    .and(not(resideInAnyPackage(
                            "fi.sote.booking.application..port.in..", "fi.sote.booking.application.shared.."))));

    /** The inbound edge speaks HTTP; storing anything is for an outbound adapter behind a port. */
    @ArchTest
    static final ArchRule inboundAdaptersDoNotReachTheDatabase = noClasses()
            .that()
            .resideInAPackage("fi.sote.booking.adapters.in..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..", "io.agroal..");

    /** A port names what it needs in ports, the domain and the shared outcome; it knows no service behind it. */
    @ArchTest
    static final ArchRule portsDoNotDependOnServices = noClasses()
            .that()
            .resideInAPackage("fi.sote.booking.application..port..")
            .should()
            .dependOnClassesThat(resideInAPackage("fi.sote.booking.application..")
                    .and(not(resideInAnyPackage(
                            "fi.sote.booking.application..port..", "fi.sote.booking.application.shared.."))));

    @ArchTest
    static final ArchRule inboundAdaptersDoNotReachIntoOutboundAdapters = noClasses()
            .that()
            .resideInAPackage("fi.sote.booking.adapters.in..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("fi.sote.booking.adapters.out..");

    @ArchTest
    static final ArchRule outboundAdaptersDoNotReachIntoInboundAdapters = noClasses()
            .that()
            .resideInAPackage("fi.sote.booking.adapters.out..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("fi.sote.booking.adapters.in..");

    @ArchTest
    static final ArchRule entitiesArePackagePrivateInThePersistenceAdapter = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .resideInAPackage("fi.sote.booking.adapters.out.persistence..")
            .andShould()
            .notBePublic();

    @ArchTest
    static final ArchRule applicationUseCasesGoThroughPorts = classes()
            .that()
            .resideInAPackage("fi.sote.booking.application..port..")
            .and()
            .haveSimpleNameEndingWith("UseCase")
            .or()
            .haveSimpleNameEndingWith("Query")
            .should()
            .beInterfaces();

    @ArchTest
    static final ArchRule namesSayWhatAThingIs = noClasses()
            .that()
            .resideInAPackage("fi.sote.booking..")
            // MapStruct generates its mappers as <Mapper>Impl
            .and()
            .haveSimpleNameNotEndingWith("MapperImpl")
            .should()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Impl");

    @Test
    void theRulesSeeEveryLayer() {
        JavaClasses imported = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new DoNotIncludeTestJars())
                .importPackages("fi.sote.booking");

        assertThat(imported.stream().map(javaClass -> javaClass.getPackageName()))
                .anyMatch(name -> name.startsWith("fi.sote.booking.domain"))
                .anyMatch(name -> name.startsWith("fi.sote.booking.application"))
                .anyMatch(name -> name.startsWith("fi.sote.booking.adapters.in"))
                .anyMatch(name -> name.startsWith("fi.sote.booking.adapters.out"));
    }
}
