/**
 * Outbound ports: the roles the use cases need from the outside world, named for the role ({@code SecretRepository},
 * {@code Envelope}, {@code Transactions}, {@code CredentialRotator}, ...), never for a technology. Each is
 * implemented by a driven adapter; each test double passes the same contract test as its real adapter. Not here:
 * anything an adapter calls ({@code port.in}).
 */
package kmsecrets.application.port.out;
