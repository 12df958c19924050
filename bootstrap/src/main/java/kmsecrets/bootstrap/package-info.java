/**
 * The composition root: reads configuration, opens the database, wires the hexagon with plain constructors,
 * starts the listeners and background jobs, and offers the command line. The only module that knows them all.
 */
package kmsecrets.bootstrap;
