/** One class per Alibaba Action: reads its parameters, calls its use case, shapes its reply. */
package kmsecrets.adapter.rest.action;
