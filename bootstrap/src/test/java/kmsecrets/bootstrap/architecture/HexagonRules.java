package kmsecrets.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
import kmsecrets.adapter.rest.action.Action;
import kmsecrets.application.port.in.UseCase;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.SecretType;

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

    /** Every package is its own slice: a cycle between a package and its sub-package counts. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("kmsecrets.(**)").should().beFreeOfCycles();

    static final String DRIVING_ADAPTER = "kmsecrets.adapter.rest..";
    static final String[] DRIVEN_ADAPTERS = {"kmsecrets.adapter.persistence..", "kmsecrets.adapter.crypto..",
        "kmsecrets.adapter.database..", "kmsecrets.adapter.ssh..", "kmsecrets.adapter.json..",
        "kmsecrets.adapter.logging.."};

    static final ArchRule DRIVING_ADAPTERS_CALL_ONLY_INBOUND_PORTS = noClasses().that()
            .resideInAPackage(DRIVING_ADAPTER)
            .should().dependOnClassesThat().resideInAPackage("kmsecrets.application.port.out..")
            .because("the REST adapter drives use cases; what they need from the outside is not its business");

    static final ArchRule DRIVEN_ADAPTERS_DO_NOT_CALL_USE_CASES = noClasses().that()
            .resideInAnyPackage(DRIVEN_ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage("kmsecrets.application.port.in..")
            .because("a driven adapter implements outbound ports; calling back into use cases would turn it around");

    /** Outbound ports: everything in port.out, and the domain's one port (Documents, JSON for secret types). */
    private static final DescribedPredicate<JavaClass> OUTBOUND_PORT =
            JavaClass.Predicates.resideInAPackage("kmsecrets.application.port.out..")
                    .and(JavaClass.Predicates.INTERFACES)
                    .or(JavaClass.Predicates.equivalentTo(Documents.class))
                    .as("an outbound port");

    static final ArchRule PORT_IMPLEMENTATIONS_LIVE_IN_DRIVEN_ADAPTERS = classes().that().areNotInterfaces()
            .and().implement(OUTBOUND_PORT)
            .should().resideInAnyPackage(DRIVEN_ADAPTERS)
            .because("an outbound port is implemented by a driven adapter (test doubles live in test sources)");

    static final ArchRule USE_CASES_ARE_SERVICES = classes().that().areNotInterfaces().and().implement(UseCase.class)
            .should().resideInAPackage("kmsecrets.application.service..")
            .andShould().haveSimpleNameEndingWith("Service")
            .because("a use case is implemented once, by <Action>Service");

    static final ArchRule SERVICES_IMPLEMENT_ONE_USE_CASE = classes().that().areNotInterfaces()
            .and().implement(UseCase.class)
            .should(implementOneUseCaseOnly())
            .because("one service per use case: logic several share lives in helpers, not in a multi-port service");

    static final ArchRule SECRET_TYPES_LIVE_IN_THE_TYPE_PACKAGE = classes().that().areNotInterfaces()
            .and().implement(SecretType.class)
            .should().resideInAPackage("kmsecrets.domain.secret.type..")
            .because("concrete secret types sit together, behind the extension point in domain.secret");

    static final ArchRule INBOUND_PORTS_ARE_NAMED_USE_CASE = classes().that().areInterfaces()
            .and().areAssignableTo(UseCase.class)
            .should().haveSimpleNameEndingWith("UseCase")
            .andShould().resideInAPackage("kmsecrets.application.port.in")
            .because("one inbound-port style: <Action>UseCase in port.in");

    static final ArchRule USE_CASES_TAKE_ONE_COMMAND_OR_QUERY = methods().that().areDeclaredInClassesThat()
            .areInterfaces().and().areDeclaredInClassesThat().areAssignableTo(UseCase.class)
            .and().doNotHaveName("commit")
            .should(takeOneCommandOrQuery())
            .because("a use case's input is one record, validated when it is built");

    static final ArchRule ACTIONS_ARE_NAMED_ACTION = classes().that().areNotInterfaces()
            .and().implement(Action.class)
            .should().haveSimpleNameEndingWith("Action").andShould().resideInAPackage("kmsecrets.adapter.rest.action")
            .because("one class per Alibaba action, named after it");

    static final ArchRule REPOSITORIES_ARE_OUTBOUND_PORTS = classes().that().haveSimpleNameEndingWith("Repository")
            .and().areInterfaces()
            .should().resideInAPackage("kmsecrets.application.port.out")
            .because("a Repository is an outbound port");

    static final ArchRule REPOSITORY_ADAPTERS_ARE_NAMED_TECHNOLOGY_AND_PORT = classes().that().areNotInterfaces()
            .and().implement(JavaClass.Predicates.simpleNameEndingWith("Repository"))
            .should(beNamedTechnologyPlusTheirRepository())
            .because("adapters are named technology + port, e.g. JdbiSecretRepository");

    private static ArchCondition<JavaClass> implementOneUseCaseOnly() {
        return new ArchCondition<>("implement one use case, not several") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                List<String> useCases = service.getAllRawInterfaces().stream()
                        .filter(i -> i.isAssignableTo(UseCase.class) && i.getSimpleName().endsWith("UseCase")
                                && !i.isEquivalentTo(UseCase.class) && !i.getSimpleName().equals("ReadUseCase"))
                        .map(JavaClass::getSimpleName).sorted().toList();
                if (useCases.size() > 1) {
                    events.add(SimpleConditionEvent.violated(service, service.getName() + " implements "
                            + useCases.size() + " use cases " + useCases));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> takeOneCommandOrQuery() {
        return new ArchCondition<>("take exactly one parameter, a Command or Query") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaClass> parameters = method.getRawParameterTypes();
                boolean ok = parameters.size() == 1 && (parameters.get(0).getSimpleName().endsWith("Command")
                        || parameters.get(0).getSimpleName().endsWith("Query"));
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " does not take exactly one Command or Query"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beNamedTechnologyPlusTheirRepository() {
        return new ArchCondition<>("be named <Technology><Port>") {
            @Override
            public void check(JavaClass adapter, ConditionEvents events) {
                boolean ok = adapter.getAllRawInterfaces().stream()
                        .filter(port -> port.getSimpleName().endsWith("Repository"))
                        .anyMatch(port -> adapter.getSimpleName().endsWith(port.getSimpleName())
                                && adapter.getSimpleName().length() > port.getSimpleName().length());
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(adapter, adapter.getName()
                            + " is not named <Technology><the Repository it implements>"));
                }
            }
        };
    }

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
            Map.entry("drivingAdaptersCallOnlyInboundPorts", DRIVING_ADAPTERS_CALL_ONLY_INBOUND_PORTS),
            Map.entry("drivenAdaptersDoNotCallUseCases", DRIVEN_ADAPTERS_DO_NOT_CALL_USE_CASES),
            Map.entry("portImplementationsLiveInDrivenAdapters", PORT_IMPLEMENTATIONS_LIVE_IN_DRIVEN_ADAPTERS),
            Map.entry("useCasesAreServices", USE_CASES_ARE_SERVICES),
            Map.entry("servicesImplementOneUseCase", SERVICES_IMPLEMENT_ONE_USE_CASE),
            Map.entry("secretTypesLiveInTheTypePackage", SECRET_TYPES_LIVE_IN_THE_TYPE_PACKAGE),
            Map.entry("inboundPortsAreNamedUseCase", INBOUND_PORTS_ARE_NAMED_USE_CASE),
            Map.entry("useCasesTakeOneCommandOrQuery", USE_CASES_TAKE_ONE_COMMAND_OR_QUERY),
            Map.entry("actionsAreNamedAction", ACTIONS_ARE_NAMED_ACTION),
            Map.entry("repositoriesAreOutboundPorts", REPOSITORIES_ARE_OUTBOUND_PORTS),
            Map.entry("repositoryAdaptersAreNamedTechnologyAndPort", REPOSITORY_ADAPTERS_ARE_NAMED_TECHNOLOGY_AND_PORT),
            Map.entry("noStandardStreams", NO_STANDARD_STREAMS),
            Map.entry("noGenericExceptions", NO_GENERIC_EXCEPTIONS),
            Map.entry("noJavaUtilLogging", NO_JAVA_UTIL_LOGGING));

    static List<String> names() {
        return ALL.keySet().stream().sorted().toList();
    }
}
