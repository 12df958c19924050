package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.service.ManagedTargets;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.type.PolarDbSecretType;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The contract kits catch the adapter that once made PolarDB secrets fail with 500: a database adapter that
 * cannot create accounts. Said honestly ({@code createsAccounts() == false}), the catalog check refuses the type
 * that needs it before the service starts; claimed but not done, the rotator contract fails.
 */
class ContractKitCanaryTest {
    /** The old JdbcAccounts: claims everything, creates nothing. */
    static final class CannotCreate extends ForwardingRotator {
        CannotCreate(boolean admitsIt) {
            super(new FakeAccounts("mysql"), admitsIt);
        }

        @Override
        public void create(Target target, Credential credential, AccountSpec spec) {
            throw new UnsupportedOperationException("mysql accounts are imported, never created by the service");
        }
    }

    /** The rotator contract, run against the adapter that claims creation but cannot. */
    static final class ContractOnTheClaimingAdapter extends CredentialRotatorContract
            implements CredentialRotatorPromises.CreatesAccounts, CredentialRotatorPromises.Passwords,
            CredentialRotatorPromises.HasAdministrator, CredentialRotatorPromises.Remote {
        private final CannotCreate rotator = new CannotCreate(false);

        @Override
        public CredentialRotator rotator() {
            return rotator;
        }

        @Override
        public Target target() {
            return new Target(new DatabaseInstance("fake-1", "mysql", "db.internal", 3306, Optional.empty(), "admin",
                    DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED), Instant.EPOCH),
                    SecretValue.ofText(FakeAccounts.ADMIN_PASSWORD));
        }

        @Override
        public Target unreachable() {
            return new Target(new DatabaseInstance("fake-1", "mysql", "unreachable", 3306,
                    Optional.empty(), "admin", DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED),
                    Instant.EPOCH), SecretValue.ofText(FakeAccounts.ADMIN_PASSWORD));
        }

        @Override
        public String newAccount(String password) {
            String name = "acct" + System.nanoTime();
            ((FakeAccounts) rotator.delegate).put(name, password);
            return name;
        }
    }

    @Test
    void theCatalogCheckRefusesATypeThatCreatesAccountsOnAnAdapterThatCannot() {
        List<CredentialRotator> rotators = List.of(new CannotCreate(true), new FakeAccounts("postgresql"));
        assertThat(ManagedTargets.unmetNeeds(List.of(new PolarDbSecretType()), rotators))
                .containsExactly("secret type PolarDB creates mysql accounts, but the mysql rotator cannot create "
                        + "accounts");
        assertThatThrownBy(() -> new ManagedTargets(null, rotators, null, null, List.of(new PolarDbSecretType())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot create accounts");
        assertThat(ManagedTargets.unmetNeeds(List.of(new PolarDbSecretType()), List.of(new FakeAccounts("mysql"))))
                .containsExactly("secret type PolarDB manages postgresql credentials, but no credential rotator for "
                        + "postgresql is wired");
    }

    @Test
    void theRotatorContractFailsAnAdapterThatClaimsCreationButCannot() {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ContractOnTheClaimingAdapter.class)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        Set<String> failed = summary.getFailures().stream()
                .map(f -> f.getTestIdentifier().getDisplayName()).collect(Collectors.toSet());
        assertThat(failed).containsExactlyInAnyOrder("aCreatedAccountLogsInAndCreatingItAgainIsHarmless()",
                "anExistingAccountIsNeverTakenOverNorRemoved()", "removingUndoesACreation()");
        assertThat(summary.getTestsSucceededCount()).isEqualTo(summary.getTestsFoundCount() - 3);
        assertThat(summary.getTestsSkippedCount()).isZero();
    }
}
