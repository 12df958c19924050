package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import kmsecrets.application.port.out.AliasRepository.Alias;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.AliasName;
import org.junit.jupiter.api.Test;

/** What every {@link AliasRepository} must do; run by the in-memory double and by the PostgreSQL adapter. */
public abstract class AliasRepositoryContract {
    protected static final AccountId ACCOUNT = new AccountId("1234567890123456");
    protected static final AccountId OTHER_ACCOUNT = new AccountId("6543210987654321");
    protected static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final AliasName APP = new AliasName("alias/app");

    /** The repository under test, empty; each call commits on its own. */
    protected abstract AliasRepository repository();

    /** Ids of two keys of {@link #ACCOUNT} that exist in the store. */
    protected abstract String firstKey();

    protected abstract String secondKey();

    @Test
    void aNameIsTakenOncePerAccount() {
        assertThat(repository().create(ACCOUNT, APP, firstKey(), NOW)).isTrue();
        assertThat(repository().create(ACCOUNT, APP, secondKey(), NOW)).isFalse();
        assertThat(repository().keyOf(ACCOUNT, APP)).contains(firstKey());
        assertThat(repository().keyOf(OTHER_ACCOUNT, APP)).isEmpty();
    }

    @Test
    void retargetAndDeleteReportWhetherTheAliasExisted() {
        assertThat(repository().retarget(ACCOUNT, APP, secondKey())).isFalse();
        repository().create(ACCOUNT, APP, firstKey(), NOW);
        assertThat(repository().retarget(ACCOUNT, APP, secondKey())).isTrue();
        assertThat(repository().keyOf(ACCOUNT, APP)).contains(secondKey());
        assertThat(repository().delete(ACCOUNT, APP)).isTrue();
        assertThat(repository().delete(ACCOUNT, APP)).isFalse();
        assertThat(repository().keyOf(ACCOUNT, APP)).isEmpty();
    }

    @Test
    void aliasesAreListedByNameAndFilteredByKey() {
        repository().create(ACCOUNT, new AliasName("alias/c"), firstKey(), NOW);
        repository().create(ACCOUNT, new AliasName("alias/a"), secondKey(), NOW);
        repository().create(ACCOUNT, new AliasName("alias/b"), firstKey(), NOW);
        assertThat(repository().list(ACCOUNT, Optional.empty(), 0, 10)).extracting(a -> a.name().value())
                .containsExactly("alias/a", "alias/b", "alias/c");
        assertThat(repository().list(ACCOUNT, Optional.of(firstKey()), 1, 10))
                .containsExactly(new Alias(new AliasName("alias/c"), firstKey()));
        assertThat(repository().count(ACCOUNT, Optional.of(firstKey()))).isEqualTo(2);
        assertThat(repository().count(OTHER_ACCOUNT, Optional.empty())).isZero();
    }
}
