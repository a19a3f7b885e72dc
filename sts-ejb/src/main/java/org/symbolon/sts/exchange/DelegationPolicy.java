package org.symbolon.sts.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;

/**
 * Who acts for the subject in an exchanged token (RFC 8693 section 4.1). With an actor token, its
 * subject acts, if the subject token's {@code may_act} or the client's policy names it. Without
 * one, the requesting client acts, unless its policy allows impersonation. Earlier actors nest.
 */
@ApplicationScoped
public class DelegationPolicy {

    /** @return the {@code act} claim for the new token; null for impersonation without earlier actors */
    public Map<String, Object> act(Client client, SubjectToken subject, SubjectToken actor) {
        Map<String, Object> act = new LinkedHashMap<>();
        if (actor == null) {
            if (client.exchange().impersonation()) {
                return subject.act();
            }
            act.put("sub", client.clientId());
        } else {
            if (!mayAct(subject, actor) && !client.exchange().allowedActors().contains(actor.subject())) {
                throw StsException.invalidRequest("The actor_token's subject may not act for this subject");
            }
            act.put("sub", actor.subject());
        }
        if (subject.act() != null) {
            act.put("act", subject.act());
        }
        return act;
    }

    public boolean impersonates(Client client, SubjectToken actor) {
        return actor == null && client.exchange().impersonation();
    }

    /** may_act names the actor by sub, and by iss unless both tokens come from the same issuer. */
    private static boolean mayAct(SubjectToken subject, SubjectToken actor) {
        Map<String, Object> mayAct = subject.mayAct();
        if (mayAct == null || !actor.rawSubject().equals(mayAct.get("sub"))) {
            return false;
        }
        Object iss = mayAct.get("iss");
        return iss == null ? actor.issuer().equals(subject.issuer()) : iss.equals(actor.issuer());
    }
}
