/**
 * Outbound ports whose record is the service log, through SLF4J: today the {@code RotationLog}. What goes to a log
 * here is named, counted and never a value; request logging is the REST adapter's business, not this package's.
 */
package kmsecrets.adapter.logging;
