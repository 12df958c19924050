/**
 * The Alibaba KMS RPC endpoint on Jetty 12: parses a request, authenticates its signature (HMAC-SHA1 query
 * or ACS3-HMAC-SHA256 headers), throttles, dispatches the Action to its use case and renders JSON or XML.
 * The only place where domain failures become Alibaba error codes and HTTP statuses. {@link
 * kmsecrets.adapter.rest.ConsoleHandler} serves the web console's static files (resources {@code console/}); the
 * console holds no server-side state and reaches the core only through this endpoint, with calls the browser signs.
 */
package kmsecrets.adapter.rest;
