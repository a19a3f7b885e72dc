package org.symbolon.sts.rest.admin;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling the admin API in this request, as established by {@link AdminAuthFilter}: the audit actor. */
@RequestScoped
public class AdminCaller {

    private String actor;

    void set(String actor) {
        this.actor = actor;
    }

    public String actor() {
        if (actor == null) {
            throw new IllegalStateException("Admin API called without an authenticated caller");
        }
        return actor;
    }
}
