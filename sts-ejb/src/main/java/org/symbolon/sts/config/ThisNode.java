package org.symbolon.sts.config;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This server process among the nodes that share the database: a random id drawn at start, so
 * that a node can tell the rows it wrote from those of the others (and a restarted node is new).
 */
@ApplicationScoped
public class ThisNode {

    private final String id = Uuids.random();

    public String id() {
        return id;
    }
}
