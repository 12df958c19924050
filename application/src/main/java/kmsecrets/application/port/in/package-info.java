/**
 * Inbound ports: what the adapters may ask of the core. Each is an {@code <Action>UseCase} with one method that
 * takes one Command (it changes something) or Query (it reads) record, validated when it is built so that no
 * invalid one exists, and returns a result record. A use case declares how its work commits with the audit event
 * of the call ({@code UseCase.commit()}); a read extends {@code ReadUseCase}. Shared result and page records live
 * here too. Not here: implementations ({@code service}), anything a driven adapter implements ({@code port.out}),
 * and the ports of the request pipeline ({@code pipeline}).
 */
package kmsecrets.application.port.in;
