/**
 * The composition root proper: the configuration contract ({@code Config}), the secret types and rotators this build
 * serves ({@code SecretTypeCatalog}), and the plain constructors that wire adapters, use cases and actions, one class
 * per concern ({@code DrivenAdapters}, {@code SecretWiring}, {@code KeyWiring}, {@code Wiring}). No logic lives
 * here beyond choosing implementations; the process itself (listeners, background jobs, the command line) lives in
 * {@code kmsecrets.bootstrap}, which depends on this package and never the other way round.
 */
package kmsecrets.bootstrap.wiring;
