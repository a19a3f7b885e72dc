package org.symbolon.sts.token.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;

/** What a client may ask for: scopes within its allowed set, audiences within its allowed list. */
@ApplicationScoped
public class TokenScopes {

    @Inject
    StsConfig config;

    /** No scope parameter grants the client's registered scopes (RFC 6749 section 3.3 default). */
    public Set<String> grant(Client client, String scopeParameter) {
        if (scopeParameter == null) {
            return client.scopes();
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scopeParameter.trim().split(" +")));
        for (String scope : requested) {
            if (!client.scopes().contains(scope)) {
                throw StsException.invalidScope("Scope not allowed for this client: " + printable(scope));
            }
        }
        return requested;
    }

    /**
     * The token's audience: requested resources (RFC 8707, absolute URIs) and audiences (RFC 8693)
     * must all be in the client's allowed list. With none requested: the client's list, or this
     * server itself when the list is empty.
     */
    public List<String> audience(Client client, List<String> resources, List<String> audiences) {
        for (String resource : resources) {
            if (!isResourceUri(resource)) {
                throw StsException.invalidTarget("resource must be an absolute URI without a fragment");
            }
        }
        List<String> requested = new ArrayList<>(resources);
        requested.addAll(audiences);
        if (requested.isEmpty()) {
            return client.audiences().isEmpty() ? List.of(config.issuer()) : client.audiences();
        }
        for (String target : requested) {
            if (!client.audiences().contains(target)) {
                throw StsException.invalidTarget("Audience not allowed for this client: " + printable(target));
            }
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }

    private static boolean isResourceUri(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String printable(String value) {
        String cut = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return "'" + cut.replaceAll("[\\p{Cntrl}\"\\\\]", "?") + "'";
    }
}
