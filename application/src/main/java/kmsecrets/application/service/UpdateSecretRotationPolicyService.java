package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.UpdateSecretRotationPolicyCommand;
import kmsecrets.application.port.in.UpdateSecretRotationPolicyUseCase;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;

/** UpdateSecretRotationPolicy: the secret decides (managed types only; the next date counts from now). */
public final class UpdateSecretRotationPolicyService implements UpdateSecretRotationPolicyUseCase {
    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateSecretRotationPolicyService(SecretLookup lookup, SecretRepository secrets, Transactions transactions,
                                             Clock clock) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SecretName updateSecretRotationPolicy(UpdateSecretRotationPolicyCommand command) {
        Caller caller = command.caller();
        SecretName name = lookup.authorize(caller, command.nameOrArn(), "kms:UpdateSecretRotationPolicy");
        return transactions.inTransaction(() -> {
            Secret secret = lookup.loadForUpdate(caller, name);
            secret.changeRotationPolicy(command.interval(), clock.instant());
            secrets.update(secret);
            return name;
        });
    }
}
