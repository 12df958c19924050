/** Alibaba error replies, and the one table from domain failures to codes and HTTP statuses. */
package kmsecrets.adapter.rest.error;
