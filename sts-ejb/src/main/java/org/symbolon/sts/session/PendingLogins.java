package org.symbolon.sts.session;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.symbolon.sts.config.SessionConfig;

/**
 * Protocol requests parked while the user signs in. The ticket is random and stored only as a
 * hash; taking it back is single use on every node, so a resumed request cannot be resumed twice.
 */
@Stateless
public class PendingLogins {

    /** Room for a SAML AuthnRequest sent by HTTP-POST, and not much more. */
    static final int MAX_PARAMETER_CHARS = 64 * 1024;

    @Inject
    PendingLoginRepository repository;

    @Inject
    SessionConfig config;

    public String begin(String resumePath, Map<String, String> parameters, boolean forceAuthn, String loginHint,
            String relyingPartyName) {
        if (resumePath == null || !resumePath.startsWith("/") || resumePath.startsWith("//")) {
            throw new IllegalArgumentException("resume path must be a local path");
        }
        int size = parameters.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
        if (size > MAX_PARAMETER_CHARS) {
            throw new IllegalArgumentException("request too large to park");
        }
        String ticket = SessionSecrets.newSecret();
        Instant now = Instant.now();
        repository.insert(SessionSecrets.hash(ticket), new PendingLogin(null, resumePath, Map.copyOf(parameters),
                forceAuthn, bounded(loginHint), bounded(relyingPartyName), now), now.plus(config.ticketLifetime()));
        return ticket;
    }

    /** The pending login, still there and unexpired; for showing the login page. */
    public Optional<PendingLogin> find(String ticket) {
        if (!SessionSecrets.wellFormed(ticket)) {
            return Optional.empty();
        }
        return repository.find(SessionSecrets.hash(ticket), Instant.now()).map(p -> withId(p, ticket));
    }

    /** Takes the pending login out for good; only one caller, on any node, gets it. */
    public Optional<PendingLogin> take(String ticket) {
        return find(ticket).filter(p -> repository.remove(SessionSecrets.hash(ticket)));
    }

    private static PendingLogin withId(PendingLogin p, String ticket) {
        return new PendingLogin(ticket, p.resumePath(), p.parameters(), p.forceAuthn(), p.loginHint(),
                p.relyingPartyName(), p.createdAt());
    }

    private static String bounded(String value) {
        return value == null || value.isBlank() ? null : value.length() > 256 ? value.substring(0, 256) : value;
    }
}
