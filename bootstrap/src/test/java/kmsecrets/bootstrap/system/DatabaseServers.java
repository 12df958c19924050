package kmsecrets.bootstrap.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kmsecrets.adapter.database.LocalServers;
import kmsecrets.adapter.database.ScramPostgres;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * The database servers managed secrets are tested against, each with an administrator made for the test run and
 * a way to make accounts and to prove a password by logging in: a private scram-sha-256 PostgreSQL (the machine's
 * own trusts 127.0.0.1, so a login there proves nothing), the machine's MariaDB and Redis. Everything made is
 * dropped by {@link #close}.
 */
final class DatabaseServers implements AutoCloseable {
    static final String MYSQL = LocalServers.MYSQL;
    static final String REDIS = LocalServers.REDIS;

    final ScramPostgres postgres = ScramPostgres.shared();
    final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    final String pgAdmin = "kms_pgadm_" + tag;
    final String mysqlAdmin = "kms_myadm_" + tag;
    final String redisAdmin = "kms_rdadm_" + tag;
    final String adminPassword = "Admin-" + UUID.randomUUID();
    /** A MariaDB database the administrator may grant on, for accounts the service creates (PolarDB for MySQL). */
    final String mysqlDatabase = "kms_db_" + tag;
    private final List<String> mysqlUsers = new ArrayList<>();
    private final List<String> redisUsers = new ArrayList<>();

    DatabaseServers() {
        postgres.createRole(pgAdmin, adminPassword, true);
        mysqlRoot("create user '" + mysqlAdmin + "'@'%' identified by '" + adminPassword + "'");
        mysqlRoot("grant create user on *.* to '" + mysqlAdmin + "'@'%'");
        mysqlRoot("grant select on mysql.user to '" + mysqlAdmin + "'@'%'");
        mysqlRoot("create database " + mysqlDatabase);
        mysqlRoot("grant all privileges on " + mysqlDatabase + ".* to '" + mysqlAdmin + "'@'%' with grant option");
        mysqlUsers.add(mysqlAdmin);
        try (Jedis jedis = new Jedis(HostAndPort.from(REDIS))) {
            jedis.aclSetUser(redisAdmin, "on", ">" + adminPassword, "~*", "&*", "+@all");
        }
        redisUsers.add(redisAdmin);
    }

    /** Registers the three servers with the service's CLI as pg-ID, mysql-ID and redis-ID. */
    void register(ServiceProcess service, String id) throws Exception {
        register(service, id, "postgresql", "mysql", "redis");
    }

    /** Registers the named engines' servers only (each registration is a CLI run of its own). */
    void register(ServiceProcess service, String id, String... engines) throws Exception {
        List<String> wanted = List.of(engines);
        Path passwordFile = service.dataDir.resolve("admin-" + id + ".txt");
        Files.writeString(passwordFile, adminPassword + "\n", StandardCharsets.UTF_8);
        String[] my = MYSQL.split(":");
        HostAndPort redis = HostAndPort.from(REDIS);
        if (wanted.contains("postgresql")) {
            service.cli("db-instance", "register", "--id", "pg-" + id, "--engine", "postgresql", "--host", "127.0.0.1",
                "--port", String.valueOf(postgres.port), "--admin-user", pgAdmin, "--admin-password-file",
                passwordFile.toString());
        }
        if (wanted.contains("mysql")) {
            service.cli("db-instance", "register", "--id", "mysql-" + id, "--engine", "mysql", "--host", my[0],
                    "--port", my[1], "--admin-user", mysqlAdmin, "--admin-password-file", passwordFile.toString());
        }
        if (wanted.contains("redis")) {
            service.cli("db-instance", "register", "--id", "redis-" + id, "--engine", "redis", "--host",
                    redis.getHost(), "--port", String.valueOf(redis.getPort()), "--admin-user", redisAdmin,
                    "--admin-password-file", passwordFile.toString());
        }
    }

    /** An account on the engine ("postgresql" or "mysql") with that password; its name is returned. */
    String account(String engine, String password) {
        String name = "kms_app_" + tag + "_" + (System.nanoTime() % 1_000_000_000);
        if (engine.equals("postgresql")) {
            postgres.createManagedRole(name, password, pgAdmin);
        } else {
            mysqlRoot("create user '" + name + "'@'%' identified by '" + password + "'");
            mysqlUsers.add(name);
        }
        return name;
    }

    /** MariaDB users the service created, to drop afterwards. */
    void mysqlUser(String name) {
        mysqlUsers.add(name);
    }

    /** True when a MariaDB user of that name exists, on any host. */
    boolean mysqlUserExists(String name) {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + MYSQL + "/", "root", "");
             var query = c.prepareStatement("select count(*) from mysql.user where user = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Redis users the service created, to delete afterwards. */
    void redisUser(String name) {
        redisUsers.add(name);
    }

    /** True when the account logs in with that password; false when the server says the password is wrong. */
    boolean logsIn(String engine, String account, String password) {
        switch (engine) {
            case "postgresql" -> {
                return postgres.logsIn(account, password);
            }
            case "mysql" -> {
                try (Connection ignored = DriverManager.getConnection("jdbc:mariadb://" + MYSQL + "/", account,
                        password)) {
                    return true;
                } catch (SQLException e) {
                    if (e.getErrorCode() == 1045) {
                        return false;
                    }
                    throw new IllegalStateException(e);
                }
            }
            default -> {
                try (Jedis jedis = new Jedis(HostAndPort.from(REDIS))) {
                    jedis.auth(account, password);
                    return "PONG".equals(jedis.ping());
                } catch (JedisAccessControlException e) {
                    return false;
                } catch (JedisDataException e) {
                    if (e.getMessage().startsWith("WRONGPASS")) {
                        return false;
                    }
                    throw e;
                }
            }
        }
    }

    static void mysqlRoot(String sql) {
        LocalServers.mysqlRoot(sql);
    }

    @Override
    public void close() {
        mysqlUsers.forEach(u -> mysqlRoot("drop user if exists '" + u + "'@'%'"));
        mysqlRoot("drop database if exists " + mysqlDatabase);
        try (Jedis jedis = new Jedis(HostAndPort.from(REDIS))) {
            jedis.aclDelUser(redisUsers.toArray(String[]::new));
        }
    }
}
