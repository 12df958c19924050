package kmsecrets.application.port.in;

/** One alias as ListAliases reports it. */
public record AliasInfo(String aliasName, String aliasArn, String keyId) {
}
