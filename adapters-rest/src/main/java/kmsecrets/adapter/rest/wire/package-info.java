/** The wire format: parameter parsing, percent-encoding, JSON and XML rendering exactly as the SDKs parse them. */
package kmsecrets.adapter.rest.wire;
