package kmsecrets.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.AccessKeyRepository.StoredAccessKey;
import kmsecrets.application.port.out.DatabaseInstanceRepository.Registered;
import kmsecrets.application.port.out.WrappedBlobs;
import kmsecrets.application.port.out.WrappedBlobs.Blob;
import kmsecrets.application.port.out.WrappedBlobs.Kind;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;
import kmsecrets.domain.instance.DatabaseInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every master-key-wrapped column is found, page by page in a stable order, with what its blob is bound to; a
 * replacement lands only on the bytes that were read.
 */
class JdbiWrappedBlobsTest {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static final AccountId ACCOUNT = new AccountId("1234567890123456");

    private WrappedBlobs blobs;

    @BeforeEach
    void seed() {
        DB.database().jdbi().useHandle(h -> h.execute("truncate customer_keys, key_versions, access_keys, "
                + "db_instances cascade"));
        JdbiSession session = new JdbiSession(DB.database().jdbi());
        JdbiKeyRepository keys = new JdbiKeyRepository(session);
        for (int i = 0; i < 3; i++) {
            keys.insert(new CustomerKey("key-blobs" + i + "00000000000000", ACCOUNT, KeyState.ENABLED, false,
                    new byte[] {(byte) i}, Instant.EPOCH));
        }
        JdbiAccessKeyRepository accessKeys = new JdbiAccessKeyRepository(session);
        accessKeys.save(new StoredAccessKey("LTAIblobs1", ACCOUNT, "alice", false, true, new byte[] {10}));
        accessKeys.save(new StoredAccessKey("LTAIblobs2", ACCOUNT, "bob", false, true, new byte[] {11}));
        new JdbiDatabaseInstanceRepository(session).insert(new Registered(new DatabaseInstance("pg-1", "postgresql",
                "db", 5432, Optional.empty(), "admin", DatabaseInstance.policy(24, DatabaseInstance.DEFAULT_EXCLUDED),
                Instant.EPOCH), new byte[] {20}));
        blobs = new JdbiWrappedBlobs(DB.database().jdbi());
    }

    @Test
    void pagesVisitEveryBlobOnceInOrderWithItsContext() {
        List<Blob> all = new ArrayList<>();
        Optional<WrappedBlobs.Position> after = Optional.empty();
        List<Blob> page;
        do {
            page = blobs.page(after, 2);
            all.addAll(page);
            if (!page.isEmpty()) {
                Blob last = page.get(page.size() - 1);
                after = Optional.of(new WrappedBlobs.Position(last.kind(), last.rowId()));
            }
        } while (page.size() == 2);
        assertThat(all).extracting(Blob::kind).containsExactly(Kind.CUSTOMER_KEY_MATERIAL, Kind.CUSTOMER_KEY_MATERIAL,
                Kind.CUSTOMER_KEY_MATERIAL, Kind.ACCESS_KEY_SECRET, Kind.ACCESS_KEY_SECRET, Kind.DB_ADMIN_PASSWORD);
        assertThat(all.get(0).rowId()).isEqualTo("key-blobs000000000000000-v1");
        assertThat(all.get(0).contextId()).isEqualTo("key-blobs000000000000000");
        assertThat(all.get(0).wrapped()).containsExactly(0);
        assertThat(all.get(4).contextId()).isEqualTo("LTAIblobs2");
        assertThat(all.get(5).contextId()).isEqualTo("pg-1");
        assertThat(all.get(5).wrapped()).containsExactly(20);
    }

    @Test
    void aReplacementLandsOnlyOnTheBytesThatWereRead() {
        List<Blob> all = blobs.page(Optional.empty(), 100);
        for (Blob blob : all) {
            assertThat(blobs.replace(blob, new byte[] {42})).as(blob.kind() + " " + blob.rowId()).isTrue();
            assertThat(blobs.replace(blob, new byte[] {43})).as("stale " + blob.rowId()).isFalse();
        }
        assertThat(blobs.page(Optional.empty(), 100)).allSatisfy(b -> assertThat(b.wrapped()).containsExactly(42));
    }
}
