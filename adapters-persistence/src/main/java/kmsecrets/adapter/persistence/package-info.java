/**
 * PostgreSQL storage: JDBI3 on a HikariCP pool, schema by Flyway (db/migration). Invariants that must hold under
 * concurrency are constraints as well; storage failures are translated into domain terms here.
 */
package kmsecrets.adapter.persistence;
