package kmsecrets.adapter.rest.auth;

import java.time.Instant;
import kmsecrets.domain.access.Caller;

/** A request whose signature verified: who signed it, its nonce and its timestamp. */
public record Authenticated(Caller caller, String nonce, Instant timestamp) {
}
