package kmsecrets.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import kmsecrets.application.service.ManagedTargets;
import kmsecrets.domain.secret.SecretType;
import kmsecrets.domain.secret.type.EveryType;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is complete and the core stays generic: every registered type's needs are served by a registered
 * rotator (the check the service runs at start-up), the tests' shared list is the catalogue, and neither the REST
 * adapter nor the application services name a concrete type.
 */
class SecretTypeCatalogTest {
    @Test
    void everyTypesNeedsAreServedByARegisteredRotator() {
        assertThat(ManagedTargets.unmetNeeds(SecretTypeCatalog.types(),
                SecretTypeCatalog.rotators(null, null, new SecureRandom(), Clock.systemUTC()))).isEmpty();
    }

    @Test
    void theTestsListOfTypesIsTheCatalogue() {
        assertThat(EveryType.list()).extracting(SecretType::name)
                .containsExactlyElementsOf(SecretTypeCatalog.types().stream().map(SecretType::name).toList());
    }

    @Test
    void noFileOfTheRestAdapterOrTheApplicationServicesNamesAConcreteType() {
        List<String> names = SecretTypeCatalog.types().stream().map(SecretType::name).toList();
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        List<Path> sources = Stream.of("adapters-rest/src/main/java",
                        "application/src/main/java/kmsecrets/application/service")
                .map(root::resolve).flatMap(SecretTypeCatalogTest::javaFiles).toList();
        assertThat(sources).hasSizeGreaterThan(50);
        for (Path source : sources) {
            String text = read(source);
            for (String name : names) {
                assertThat(text).as(source + " names the type " + name)
                        .doesNotContainPattern("(?<![A-Za-z])" + name + "(?![A-Za-z])");
            }
        }
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
