package kmsecrets.adapter.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.AliasRepository;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.AliasName;

/** Key aliases in PostgreSQL. */
public final class JdbiAliasRepository implements AliasRepository {
    private final JdbiSession session;

    public JdbiAliasRepository(JdbiSession session) {
        this.session = session;
    }

    @Override
    public boolean create(AccountId account, AliasName alias, String keyId, Instant at) {
        return session.withHandle(h -> h.createUpdate("insert into key_aliases (account_id, alias_name, key_id, "
                        + "created_at) values (:account, :alias, :keyId, :at) on conflict do nothing")
                .bind("account", account.value()).bind("alias", alias.value()).bind("keyId", keyId)
                .bind("at", Timestamp.from(at)).execute()) == 1;
    }

    @Override
    public boolean retarget(AccountId account, AliasName alias, String keyId) {
        return session.withHandle(h -> h.createUpdate("update key_aliases set key_id = :keyId "
                        + "where account_id = :account and alias_name = :alias")
                .bind("keyId", keyId).bind("account", account.value()).bind("alias", alias.value()).execute()) == 1;
    }

    @Override
    public boolean delete(AccountId account, AliasName alias) {
        return session.withHandle(h -> h.createUpdate("delete from key_aliases where account_id = :account "
                + "and alias_name = :alias").bind("account", account.value()).bind("alias", alias.value())
                .execute()) == 1;
    }

    @Override
    public Optional<String> keyOf(AccountId account, AliasName alias) {
        return session.withHandle(h -> h.createQuery("select key_id from key_aliases where account_id = :account "
                        + "and alias_name = :alias").bind("account", account.value()).bind("alias", alias.value())
                .mapTo(String.class).findOne());
    }

    @Override
    public List<Alias> list(AccountId account, Optional<String> keyId, long offset, int limit) {
        String ofKey = keyId.isPresent() ? " and key_id = :keyId" : "";
        return session.withHandle(h -> h.createQuery("select alias_name, key_id from key_aliases "
                        + "where account_id = :account" + ofKey + " order by alias_name offset :offset limit :limit")
                .bind("account", account.value()).bind("keyId", keyId.orElse("")).bind("offset", offset)
                .bind("limit", limit)
                .map((rs, ctx) -> new Alias(new AliasName(rs.getString(1)), rs.getString(2))).list());
    }

    @Override
    public long count(AccountId account, Optional<String> keyId) {
        String ofKey = keyId.isPresent() ? " and key_id = :keyId" : "";
        return session.withHandle(h -> h.createQuery("select count(*) from key_aliases where account_id = :account"
                        + ofKey).bind("account", account.value()).bind("keyId", keyId.orElse(""))
                .mapTo(Long.class).one());
    }
}
