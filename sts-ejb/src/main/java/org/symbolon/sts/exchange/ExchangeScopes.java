package org.symbolon.sts.exchange;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;

/** An exchanged token's scope: never wider than the subject token's, nor than the client's policy. */
final class ExchangeScopes {

    private ExchangeScopes() {
    }

    static Set<String> grant(Client client, SubjectToken subject, String scopeParameter) {
        Set<String> allowed = new LinkedHashSet<>(client.scopes());
        if (subject.scopes() != null) {
            allowed.retainAll(subject.scopes());
        }
        if (scopeParameter == null) {
            return allowed;
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scopeParameter.trim().split(" +")));
        if (!allowed.containsAll(requested)) {
            throw StsException.invalidScope("The requested scope is wider than the subject token and policy allow");
        }
        return requested;
    }
}
