package kmsecrets.adapter.rest.action;

import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.domain.access.Caller;

/** An authenticated request as an action sees it. */
public record Call(Caller caller, Params params, String requestId) {
}
