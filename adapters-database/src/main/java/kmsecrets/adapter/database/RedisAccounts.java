package kmsecrets.adapter.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis 6+ ACL users. Passwords are set as SHA-256 hashes ({@code #<hex>} rules), so neither the command stream
 * nor the slow log ever holds them. An administrator with an empty password connects without AUTH (the default
 * user of an unprotected server).
 */
public final class RedisAccounts implements CredentialRotator {
    private static final int CONNECT_MILLIS = 5_000;
    private static final int SOCKET_MILLIS = 10_000;

    @Override
    public String engine() {
        return "redis";
    }

    @Override
    public boolean createsAccounts() {
        return true;
    }

    @Override
    public void checkAdministrator(Target target) {
        try (Jedis admin = admin(target)) {
            admin.ping();
        } catch (JedisException e) {
            throw failure(target, "logging in as the administrator", e);
        }
    }

    @Override
    public void requireAccount(Target target, Credential credential) {
        try (Jedis admin = admin(target)) {
            if (admin.aclGetUser(credential.account()) == null) {
                throw new InvalidValue("SecretData", "the account " + credential.account() + " does not exist on "
                        + "the Redis instance " + target.instance().id());
            }
        } catch (JedisException e) {
            throw failure(target, "checking an account", e);
        }
    }

    /**
     * Only new accounts: an existing ACL user is never taken over (its password would change under its owner),
     * unless it accepts exactly this password (an earlier attempt created it). The spec's privilege is ACL rules.
     */
    @Override
    public void create(Target target, Credential credential, AccountSpec spec) {
        AccountPassword account = JdbcAccounts.passwordOf(credential);
        try (Jedis admin = admin(target)) {
            if (admin.aclGetUser(account.account()) != null) {
                if (tryLogin(target, account) == Login.ACCEPTED) {
                    return;
                }
                throw new InvalidValue("ExtendedConfig", "the account " + account.account() + " exists on the "
                        + "Redis instance " + target.instance().id() + "; Redis secrets manage new accounts only");
            }
            List<String> rules = new ArrayList<>(List.of("reset", "on", "#" + sha256(account.password())));
            rules.addAll(List.of(spec.privilege().trim().split("\\s+")));
            admin.aclSetUser(account.account(), rules.toArray(String[]::new));
        } catch (JedisException e) {
            throw failure(target, "creating an account", e);
        }
    }

    @Override
    public void remove(Target target, Credential credential) {
        try (Jedis admin = admin(target)) {
            if (admin.aclGetUser(credential.account()) != null && tryLogin(target, credential) == Login.ACCEPTED) {
                admin.aclDelUser(credential.account());
            }
        } catch (JedisException e) {
            throw failure(target, "removing an account", e);
        }
    }

    @Override
    public void apply(Target target, Credential next, Optional<Credential> replaced) {
        AccountPassword account = JdbcAccounts.passwordOf(next);
        try (Jedis admin = admin(target)) {
            if (admin.aclGetUser(account.account()) == null) {
                throw new TargetFailure("the account " + account.account() + " no longer exists on "
                        + target.instance().id());
            }
            admin.aclSetUser(account.account(), "resetpass", "#" + sha256(account.password()));
        } catch (JedisException e) {
            throw failure(target, "changing a password", e);
        }
    }

    @Override
    public Login tryLogin(Target target, Credential credential) {
        AccountPassword account = JdbcAccounts.passwordOf(credential);
        try (Jedis jedis = connect(target.instance(), account.account(), account.password())) {
            jedis.ping();
            return Login.ACCEPTED;
        } catch (JedisAccessControlException e) {
            return Login.REJECTED;
        } catch (JedisDataException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("WRONGPASS")) {
                return Login.REJECTED;
            }
            throw failure(target, "logging in", e);
        } catch (JedisException e) {
            throw failure(target, "logging in", e);
        }
    }

    private static Jedis admin(Target target) {
        return connect(target.instance(), target.instance().adminUser(), target.adminPassword().asText());
    }

    private static Jedis connect(DatabaseInstance instance, String user, String password) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(CONNECT_MILLIS).socketTimeoutMillis(SOCKET_MILLIS)
                .clientName("kmsecrets-rotation").protocol(RedisProtocol.RESP2);
        if (!password.isEmpty()) {
            config.user(user).password(password);
        }
        return new Jedis(new HostAndPort(instance.host(), instance.port()), config.build());
    }

    static String sha256(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The exception's kind only: a Redis error could echo the command line. */
    private TargetFailure failure(Target target, String doing, JedisException e) {
        String kind = e instanceof JedisConnectionException ? "cannot connect"
                : e instanceof JedisAccessControlException ? "the administrator login was refused"
                : "the server answered with an error";
        return new TargetFailure("redis instance " + target.instance().id() + " failed while " + doing + " ("
                + kind + ")", e instanceof JedisConnectionException);
    }
}
