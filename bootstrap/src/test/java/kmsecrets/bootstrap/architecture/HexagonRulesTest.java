package kmsecrets.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hexagon's rules over every production class of every module. */
class HexagonRulesTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(HexagonRulesTest::notATestJar).importPackages("kmsecrets");
    }

    /** Other modules' test kits (contracts, fakes) arrive as {@code *-tests.jar}; they are test code too. */
    private static boolean notATestJar(com.tngtech.archunit.core.importer.Location location) {
        return !location.contains("-tests.jar");
    }

    static java.util.List<String> rules() {
        return HexagonRules.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeKeepsTheRule(String rule) {
        HexagonRules.ALL.get(rule).check(production);
    }
}
