/**
 * The heart of kmsecrets: secrets, their versions and stage labels, secret types, rotation policies,
 * customer master keys and callers. Depends on the JDK only; everything it needs from the outside world
 * (time, randomness, JSON) is handed in by the application layer.
 */
package kmsecrets.domain;
