/**
 * The key hierarchy, on the JDK's JCA provider: a master key (from a file or the environment; two while a
 * master-key rotation re-wraps, each blob naming its own) wraps each customer master key's material; a customer
 * master key wraps one fresh data key per secret version; the data key encrypts the value. Everything is
 * AES-256-GCM with associated data binding each ciphertext to where it belongs.
 */
package kmsecrets.adapter.crypto;
