/**
 * Outbound adapters that change accounts on the database servers managed secrets point at: PostgreSQL and
 * MySQL/MariaDB over JDBC, Redis over its protocol (Jedis). Each implements the {@code CredentialRotator} port for
 * one engine. Passwords leave the service hashed where the engine allows it (SCRAM-SHA-256 for PostgreSQL,
 * mysql_native_password hashes for MySQL, SHA-256 for Redis ACLs), so the servers' own logs never hold them.
 */
package kmsecrets.adapter.database;
