/**
 * The process: {@code Main} (the command line), {@code KmsService} (listeners, start-up, background jobs, graceful
 * stop) and the TLS certificate it makes for itself. What is wired to what is decided in {@code wiring}; the
 * administration commands and the benchmark are sub-packages. The only module that knows every other one.
 */
package kmsecrets.bootstrap;
