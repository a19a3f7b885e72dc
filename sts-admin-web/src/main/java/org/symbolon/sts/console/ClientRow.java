package org.symbolon.sts.console;

import java.util.List;
import org.symbolon.sts.trust.ClientView;

/** One line of the clients table: a {@link ClientView} as text, with getters because EL 5 cannot read records. */
public final class ClientRow {

    static final String NONE = "none";

    private final ClientView client;

    ClientRow(ClientView client) {
        this.client = client;
    }

    public String getClientId() {
        return client.clientId();
    }

    public String getName() {
        return client.name();
    }

    public String getGrantTypes() {
        return joined(client.grantTypes());
    }

    public String getScopes() {
        return joined(client.scopes());
    }

    public String getAudiences() {
        return joined(client.audiences());
    }

    public String getTokenLifetime() {
        return client.accessTokenLifetime() + " s";
    }

    public String getSigningAlgorithm() {
        return client.signingAlg();
    }

    public String getEnabled() {
        return client.enabled() ? "Yes" : "No";
    }

    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? NONE : String.join(", ", values);
    }
}
