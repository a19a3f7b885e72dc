package org.symbolon.sts.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.token.saml.OpenSamlRuntime;
import org.w3c.dom.Element;

/**
 * The SAML assertions we issued, found by their ID: the token string of a saml2 token (the
 * base64url assertion) or the bare assertion ID. Parsed only with the hardened parser (no DTD).
 */
@ApplicationScoped
public class IssuedAssertions {

    private static final Pattern ASSERTION_ID = Pattern.compile("_[A-Za-z0-9_.-]{1,127}");
    private static final int MAX_ENCODED = 256 * 1024;

    @Inject
    AssertionRecordRepository repository;

    @Inject
    AssertionRecordWriter writer;

    @Inject
    RevocationList revocations;

    @Inject
    OpenSamlRuntime saml;

    /** Durable when this returns (committed together with the records of concurrent requests). */
    public void remember(AssertionRecord record) {
        writer.write(record);
    }

    /** An unexpired assertion of ours that is not revoked, nor exchanged from a revoked token. */
    public Optional<AssertionRecord> active(String token) {
        return find(token).filter(r -> r.expiresAt().isAfter(UtcClock.now()))
                .filter(r -> !revocations.isRevoked(r.id()) && r.chain().stream().noneMatch(revocations::isRevoked))
                .filter(r -> !revocations.isRevokedSubject(r.subject(), r.clientId(),
                        UtcClock.toInstant(r.issuedAt()).toEpochMilli()));
    }

    public Optional<AssertionRecord> find(String token) {
        return idOf(token).flatMap(repository::find);
    }

    private Optional<String> idOf(String token) {
        if (token == null || token.length() > MAX_ENCODED) {
            return Optional.empty();
        }
        if (ASSERTION_ID.matcher(token).matches()) {
            return Optional.of(token);
        }
        try {
            byte[] xml = Base64.getUrlDecoder().decode(token);
            Element root = saml.parserPool().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            boolean assertion = "Assertion".equals(root.getLocalName())
                    && "urn:oasis:names:tc:SAML:2.0:assertion".equals(root.getNamespaceURI());
            String id = assertion ? root.getAttribute("ID") : "";
            return ASSERTION_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException | XMLParserException e) {
            return Optional.empty();
        }
    }
}
