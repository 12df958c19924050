/**
 * The benchmark ({@code kmsecrets bench}): the packaged service in its own process against a fresh database,
 * driven by a closed-loop load generator, every scenario reported next to ceilings measured in the same run.
 */
package kmsecrets.bootstrap.bench;
