/**
 * The {@code Documents} port in Jackson: secret values and ExtendedConfig that a secret type reads as JSON, decoded to
 * plain JDK maps and lists so that the domain imports no JSON library. The REST adapter's own JSON (parameters and
 * replies) is not here: that is wire format and stays in {@code adapter.rest.wire}.
 */
package kmsecrets.adapter.json;
