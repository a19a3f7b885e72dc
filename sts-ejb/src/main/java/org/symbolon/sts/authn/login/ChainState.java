package org.symbolon.sts.authn.login;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where a sign-in stands between steps, parked under a single-use ticket.
 *
 * @param done the ids of the steps passed, the password first
 * @param amr the authentication methods used so far, in order
 * @param protocolTicket the ticket of the application's parked request, or empty when there is none
 */
public record ChainState(String userId, List<String> done, List<String> amr, String protocolTicket) {

    public static final String PASSWORD = "pwd";

    public ChainState {
        done = List.copyOf(done);
        amr = List.copyOf(amr);
        protocolTicket = protocolTicket == null ? "" : protocolTicket;
    }

    /** Right after the password. */
    public static ChainState afterPassword(String userId, String protocolTicket) {
        return new ChainState(userId, List.of(PASSWORD), List.of(PASSWORD), protocolTicket);
    }

    public ChainState passed(LoginStep step) {
        List<String> steps = new ArrayList<>(done);
        steps.add(step.id());
        List<String> methods = new ArrayList<>(amr);
        if (step.amr() != null && !methods.contains(step.amr())) {
            methods.add(step.amr());
        }
        return new ChainState(userId, steps, methods, protocolTicket);
    }

    Map<String, String> toParameters() {
        return Map.of("userId", userId, "done", String.join(" ", done), "amr", String.join(" ", amr),
                "ticket", protocolTicket);
    }

    static ChainState fromParameters(Map<String, String> p) {
        return new ChainState(p.get("userId"), split(p.get("done")), split(p.get("amr")), p.get("ticket"));
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(" "));
    }
}
