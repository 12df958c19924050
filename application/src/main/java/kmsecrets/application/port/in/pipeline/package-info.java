/**
 * The inbound ports of the request pipeline, which every call passes through before and after its use case: find the
 * signing key of an access key ({@code SigningKeys}), claim the request's nonce ({@code ReplayGuard}), and run the
 * call with its audit event ({@code AuditedCalls}). They are not use cases (no Alibaba action, no command record:
 * they sit on the hot path, where a validated record per call would cost without protecting anything) and are
 * kept here so that {@code port.in} itself holds nothing but use cases and their records.
 */
package kmsecrets.application.port.in.pipeline;
