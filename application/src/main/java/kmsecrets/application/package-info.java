/**
 * The application layer: one inbound port per Alibaba operation, the outbound ports those use cases need,
 * and the services that implement them (authorize, transact, load, call the aggregate, save, return).
 */
package kmsecrets.application;
