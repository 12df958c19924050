package kmsecrets.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The dependency rules between the modules and layers (README, "Architecture and tests"), as data:
 * {@link HexagonRulesTest} checks them against the production classes and {@link HexagonRulesCanaryTest} proves
 * each one reports a deliberate violation.
 */
final class HexagonRules {
    static final String DOMAIN = "kmsecrets.domain..";
    static final String APPLICATION = "kmsecrets.application..";

    private HexagonRules() {
    }

    static final ArchRule DOMAIN_NEEDS_ONLY_THE_JDK = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain must build and run with nothing but the JDK");

    static final ArchRule APPLICATION_NEEDS_DOMAIN_AND_VALIDATION = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(APPLICATION, DOMAIN, "java..", "jakarta.validation..")
            .because("use cases know the domain and the validation API, no technology");

    static final ArchRule ADAPTERS_USE_PORTS_ONLY = noClasses().that().resideInAPackage("kmsecrets.adapter..")
            .should().dependOnClassesThat().resideInAPackage("kmsecrets.application.service..")
            .because("adapters reach the core through its ports");

    static final ArchRule PORTS_IN_AND_OUT_ARE_APART = noClasses().that()
            .resideInAPackage("kmsecrets.application.port.in..")
            .should().dependOnClassesThat().resideInAPackage("kmsecrets.application.port.out..")
            .orShould().dependOnClassesThat().resideInAPackage("kmsecrets.application.service..");

    static final ArchRule PORTS_OUT_DO_NOT_KNOW_PORTS_IN = noClasses().that()
            .resideInAPackage("kmsecrets.application.port.out..")
            .should().dependOnClassesThat().resideInAPackage("kmsecrets.application.port.in..")
            .orShould().dependOnClassesThat().resideInAPackage("kmsecrets.application.service..");

    static final ArchRule ADAPTERS_STAY_APART = slices().matching("kmsecrets.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("one module per adapter technology, composed only in bootstrap");

    static final ArchRule ONLY_BOOTSTRAP_KNOWS_BOOTSTRAP = noClasses().that()
            .resideInAnyPackage(DOMAIN, APPLICATION, "kmsecrets.adapter..")
            .should().dependOnClassesThat().resideInAPackage("kmsecrets.bootstrap..")
            .because("bootstrap is the composition root");

    static final ArchRule CORE_IS_HANDED_TIME_RANDOMNESS_AND_ENVIRONMENT = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callMethod(Math.class, "random")
            .orShould().callConstructor(SecureRandom.class)
            .orShould().callConstructor(Random.class)
            .orShould().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getProperty", String.class)
            .orShould().callMethod(System.class, "getProperty", String.class, String.class)
            .because("Clock, IdGenerator, key material and configuration are injected");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("kmsecrets.(*).(*)..").should().beFreeOfCycles();

    static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
    static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
    static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    /** Every rule by name, in the order of the style guide. */
    static final Map<String, ArchRule> ALL = Map.ofEntries(
            Map.entry("domainNeedsOnlyTheJdk", DOMAIN_NEEDS_ONLY_THE_JDK),
            Map.entry("applicationNeedsDomainAndValidation", APPLICATION_NEEDS_DOMAIN_AND_VALIDATION),
            Map.entry("adaptersUsePortsOnly", ADAPTERS_USE_PORTS_ONLY),
            Map.entry("portsInAndOutAreApart", PORTS_IN_AND_OUT_ARE_APART),
            Map.entry("portsOutDoNotKnowPortsIn", PORTS_OUT_DO_NOT_KNOW_PORTS_IN),
            Map.entry("adaptersStayApart", ADAPTERS_STAY_APART),
            Map.entry("onlyBootstrapKnowsBootstrap", ONLY_BOOTSTRAP_KNOWS_BOOTSTRAP),
            Map.entry("coreIsHandedTimeRandomnessAndEnvironment", CORE_IS_HANDED_TIME_RANDOMNESS_AND_ENVIRONMENT),
            Map.entry("noPackageCycles", NO_PACKAGE_CYCLES),
            Map.entry("noStandardStreams", NO_STANDARD_STREAMS),
            Map.entry("noGenericExceptions", NO_GENERIC_EXCEPTIONS),
            Map.entry("noJavaUtilLogging", NO_JAVA_UTIL_LOGGING));

    static List<String> names() {
        return ALL.keySet().stream().sorted().toList();
    }
}
