/** Outbound ports: storage, envelope encryption, ids and access policies, implemented by the adapters. */
package kmsecrets.application.port.out;
