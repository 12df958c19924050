/** Inbound ports: what the REST adapter may ask of the core, with validated command and result records. */
package kmsecrets.application.port.in;
