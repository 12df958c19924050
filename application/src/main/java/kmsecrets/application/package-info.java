/**
 * The application layer: the use cases of the service and the ports they talk through. {@code port.in} holds one
 * {@code <Action>UseCase} per Alibaba action, administrative command and background job, with the Command or Query
 * records they take; {@code port.out} the roles the use cases need from the outside (storage, encryption, ids,
 * credential rotation); {@code service} one implementation per use case. Depends on the domain and the
 * jakarta.validation API only: no framework, no technology.
 */
package kmsecrets.application;
