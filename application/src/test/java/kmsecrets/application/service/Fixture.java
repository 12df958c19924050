package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.application.port.out.FixedIds;
import kmsecrets.application.port.out.InMemoryKeyRepository;
import kmsecrets.application.port.out.InMemorySecretRepository;
import kmsecrets.application.port.out.ReversibleEnvelope;
import kmsecrets.application.port.out.SameThreadTransactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.secret.type.Documents;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.type.SecretTypes;

/** The use cases wired to in-memory doubles and a fixed clock. */
final class Fixture {
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final AccountId ACCOUNT = new AccountId("1234567890123456");
    static final Caller ROOT = new Caller(ACCOUNT, "root", "LTAIroot", true);
    static final Caller USER = new Caller(ACCOUNT, "alice", "LTAIalice", false);

    final InMemorySecretRepository secrets = new InMemorySecretRepository();
    final InMemoryKeyRepository keys = new InMemoryKeyRepository();
    final ReversibleEnvelope envelope = new ReversibleEnvelope();
    final SameThreadTransactions transactions = new SameThreadTransactions();
    final FixedIds ids = new FixedIds();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final Authorization authorization = new Authorization((account, principal) -> java.util.List.of(), clock);
    final ServiceSettings settings;
    final EncryptionKeys encryptionKeys;
    final SecretLookup lookup;
    final CreateSecretService create;
    final GetSecretValueService get;
    final DeleteSecretService delete;
    final RestoreSecretService restore;

    Fixture() {
        this(100);
    }

    Fixture(long quota) {
        settings = new ServiceSettings(new Region("cn-hangzhou"), quota);
        encryptionKeys = new EncryptionKeys(keys, envelope, ids, clock,
                new KeyResolver(new kmsecrets.application.port.out.InMemoryAliasRepository(), settings));
        lookup = new SecretLookup(secrets, authorization, settings);
        create = new CreateSecretService(secrets, encryptionKeys, envelope, transactions, authorization,
                new SecretTypes(List.of(new GenericSecretType())), NO_DOCUMENTS, ids, settings, clock);
        get = new GetSecretValueService(lookup, encryptionKeys, envelope, authorization);
        delete = new DeleteSecretService(lookup, secrets, transactions, clock);
        restore = new RestoreSecretService(lookup, secrets, transactions, clock);
    }

    /** Generic secrets never look inside their values. */
    private static final Documents NO_DOCUMENTS = new Documents() {
        @Override
        public Optional<Object> parse(String text) {
            throw new AssertionError("a Generic secret has no document to parse");
        }

        @Override
        public String write(Map<String, ?> object) {
            throw new AssertionError("a Generic secret has no document to write");
        }
    };
}
