package kmsecrets.application.service;

import kmsecrets.application.port.in.ProvisionRootAccessKeyCommand;
import java.util.Optional;
import kmsecrets.application.port.in.ProvisionRootAccessKeyUseCase;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.application.port.out.AccessKeyRepository.StoredAccessKey;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.secret.SecretValue;

/**
 * Gives the account its root access key: a configured key is stored (or its secret updated); without one a key
 * is generated the first time only, and returned so that it can be shown once.
 */
public final class ProvisionRootAccessKeyService implements ProvisionRootAccessKeyUseCase {
    static final String ROOT_PRINCIPAL = "root";

    private final AccessKeyRepository accessKeys;
    private final MasterKeyCipher masterKey;
    private final IdGenerator ids;
    private final Transactions transactions;

    public ProvisionRootAccessKeyService(AccessKeyRepository accessKeys, MasterKeyCipher masterKey, IdGenerator ids,
                                         Transactions transactions) {
        this.accessKeys = accessKeys;
        this.masterKey = masterKey;
        this.ids = ids;
        this.transactions = transactions;
    }

    @Override
    public Optional<GeneratedKey> provision(ProvisionRootAccessKeyCommand command) {
        AccountId account = command.account();
        Optional<ConfiguredKey> configured = command.configured();
        return transactions.inTransaction(() -> {
            if (configured.isPresent()) {
                store(account, configured.get().accessKeyId(), configured.get().secret());
                return Optional.empty();
            }
            if (accessKeys.findRoot(account).isPresent()) {
                return Optional.empty();
            }
            String id = ids.newAccessKeyId();
            SecretValue secret = SecretValue.ofText(ids.newAccessKeySecret());
            store(account, id, secret);
            return Optional.of(new GeneratedKey(id, secret));
        });
    }

    private void store(AccountId account, String id, SecretValue secret) {
        byte[] wrapped = masterKey.wrap(secret, MasterKeyCipher.accessKeyContext(id));
        accessKeys.save(new StoredAccessKey(id, account, ROOT_PRINCIPAL, true, true, wrapped));
    }
}
