package org.symbolon.sts.sso;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbolon.sts.session.SessionParticipant;

/**
 * A front-channel logout on its way through the session's service providers, parked between hops under
 * a single-use ticket (the RelayState of each LogoutRequest we send), so any node carries it on.
 *
 * @param initiator       the SP whose LogoutRequest started it, or null when we did (then {@code then} is set)
 * @param inResponseTo    the initiator's LogoutRequest ID
 * @param relayState      the initiator's RelayState, returned unchanged
 * @param then            the local path to finish at when we started it, or null
 * @param remaining       the SAML participants still to be told
 * @param awaitingSp      the SP whose LogoutResponse is awaited now, or null
 * @param awaitingId      the ID of the LogoutRequest it answers, or null
 * @param partial         whether some SP could not confirm its logout
 */
public record LogoutProgress(String initiator, String inResponseTo, String relayState, String then,
        List<SessionParticipant> remaining, String awaitingSp, String awaitingId, boolean partial) {

    public LogoutProgress {
        remaining = List.copyOf(remaining);
    }

    LogoutProgress awaiting(String sp, String id, List<SessionParticipant> rest) {
        return new LogoutProgress(initiator, inResponseTo, relayState, then, rest, sp, id, partial);
    }

    LogoutProgress answered(boolean confirmed) {
        return new LogoutProgress(initiator, inResponseTo, relayState, then, remaining, null, null,
                partial || !confirmed);
    }

    Map<String, String> toParameters() {
        Map<String, String> p = new HashMap<>();
        put(p, "initiator", initiator);
        put(p, "inResponseTo", inResponseTo);
        put(p, "relayState", relayState);
        put(p, "then", then);
        put(p, "awaitingSp", awaitingSp);
        put(p, "awaitingId", awaitingId);
        p.put("partial", Boolean.toString(partial));
        p.put("n", Integer.toString(remaining.size()));
        for (int i = 0; i < remaining.size(); i++) {
            SessionParticipant t = remaining.get(i);
            put(p, "t" + i + ".sp", t.relyingParty());
            put(p, "t" + i + ".nameId", t.nameId());
            put(p, "t" + i + ".format", t.nameIdFormat());
            put(p, "t" + i + ".index", t.sessionIndex());
        }
        return p;
    }

    static LogoutProgress fromParameters(Map<String, String> p) {
        List<SessionParticipant> remaining = new ArrayList<>();
        int n = Integer.parseInt(p.getOrDefault("n", "0"));
        for (int i = 0; i < n; i++) {
            remaining.add(new SessionParticipant(SessionParticipant.SAML2, p.get("t" + i + ".sp"),
                    p.get("t" + i + ".nameId"), p.get("t" + i + ".format"), p.get("t" + i + ".index")));
        }
        return new LogoutProgress(p.get("initiator"), p.get("inResponseTo"), p.get("relayState"), p.get("then"),
                remaining, p.get("awaitingSp"), p.get("awaitingId"), Boolean.parseBoolean(p.get("partial")));
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }
}
