/**
 * One {@code <Action>Service} per use case, reading top to bottom: authorize, open the transaction, load, let the
 * aggregate decide, save, return. Logic several use cases share lives in small helpers here ({@code SecretLookup},
 * {@code SecretChanges}, {@code KeyAccess}, {@code SecretRotations}, ...), never in a service that implements
 * several ports. Adapters never see this package; only the composition root constructs it.
 */
package kmsecrets.application.service;
