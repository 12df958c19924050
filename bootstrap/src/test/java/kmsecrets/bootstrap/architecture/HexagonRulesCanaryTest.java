package kmsecrets.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule, run over the production classes plus deliberately wrong canary classes (test sources only), must
 * report a violation naming a canary: a rule with a misspelt package would pass everything and prove nothing.
 */
class HexagonRulesCanaryTest {
    private static JavaClasses withCanaries;

    @BeforeAll
    static void importProductionAndCanaries() {
        withCanaries = new ClassFileImporter().importPackages("kmsecrets.domain", "kmsecrets.application",
                "kmsecrets.adapter", "kmsecrets.bootstrap");
    }

    static java.util.List<String> rules() {
        return HexagonRules.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleReportsItsCanary(String rule) {
        EvaluationResult result = HexagonRules.ALL.get(rule).evaluate(withCanaries);
        assertThat(result.hasViolation()).as(rule + " should catch a deliberate violation").isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail).containsIgnoringCase("canary"));
    }
}
