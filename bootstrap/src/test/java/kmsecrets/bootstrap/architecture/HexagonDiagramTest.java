package kmsecrets.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hexagon diagram of docs/ARCHITECTURE.md cannot drift: its arrows must be exactly the dependencies between the
 * boxes that the compiled classes have (arrows into the domain are left out of the drawing: every box has one).
 */
class HexagonDiagramTest {
    private static final Path DOCUMENT = Path.of("..", "docs", "ARCHITECTURE.md");
    private static final Pattern ARROW = Pattern.compile("^\\s*(\\w+)(?:\\[[^\\]]*\\])?\\s*-->\\s*(\\w+)");

    /** Box name, package prefix; the first prefix that matches a class wins. */
    private static final Map<String, String> BOXES = new LinkedHashMap<>();

    static {
        BOXES.put("portIn", "kmsecrets.application.port.in");
        BOXES.put("portOut", "kmsecrets.application.port.out");
        BOXES.put("service", "kmsecrets.application.service");
        BOXES.put("domain", "kmsecrets.domain");
        BOXES.put("rest", "kmsecrets.adapter.rest");
        BOXES.put("persistence", "kmsecrets.adapter.persistence");
        BOXES.put("crypto", "kmsecrets.adapter.crypto");
        BOXES.put("database", "kmsecrets.adapter.database");
        BOXES.put("ssh", "kmsecrets.adapter.ssh");
        BOXES.put("json", "kmsecrets.adapter.json");
        BOXES.put("logging", "kmsecrets.adapter.logging");
        BOXES.put("bootstrap", "kmsecrets.bootstrap");
    }

    @Test
    void theDiagramShowsExactlyTheDependenciesTheCodeHas() throws Exception {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages("kmsecrets");
        Set<String> actual = new TreeSet<>();
        for (JavaClass origin : production) {
            Optional<String> from = box(origin);
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                Optional<String> to = box(dependency.getTargetClass());
                if (from.isPresent() && to.isPresent() && !from.equals(to) && !to.get().equals("domain")) {
                    actual.add(from.get() + " --> " + to.get());
                }
            }
        }
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int start = document.indexOf("```mermaid");
        assertThat(start).as("a mermaid diagram in " + DOCUMENT).isNotNegative();
        String diagram = document.substring(start, document.indexOf("```", start + 3));
        Set<String> drawn = new TreeSet<>();
        for (String line : diagram.split("\n")) {
            Matcher m = ARROW.matcher(line);
            if (m.find()) {
                drawn.add(m.group(1) + " --> " + m.group(2));
            }
        }
        assertThat(drawn).as("the arrows of the diagram; the code has:%n%s", String.join("\n", actual))
                .isEqualTo(actual);
    }

    private static Optional<String> box(JavaClass type) {
        String name = type.getPackageName();
        return BOXES.entrySet().stream().filter(e -> name.equals(e.getValue()) || name.startsWith(e.getValue() + "."))
                .map(Map.Entry::getKey).findFirst();
    }
}
