/**
 * PostgreSQL storage: JDBI3 on a HikariCP pool, schema by Flyway (db/migration). Invariants that must hold under
 * concurrency are constraints as well; storage failures are translated into domain terms here. Also here: the
 * embedded PostgreSQL started when no {@code KMS_DB_URL} is set ({@code EmbeddedPostgres}), and the rotator of
 * RAMCredentials secrets ({@code OwnAccessKeys}), whose target is this service's own store of access keys.
 */
package kmsecrets.adapter.persistence;
