package org.symbolon.sts.trust;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.symbolon.sts.error.StsException;

/** What makes a partner issuer registration valid; each refusal names its field. */
public final class PartnerPolicy {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,128}");
    private static final Pattern NO_SPACE = Pattern.compile("\\S{1,1024}");
    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private PartnerPolicy() {
    }

    public static void checkId(String issuerId) {
        if (issuerId == null || !ID.matcher(issuerId).matches()) {
            throw StsException.invalidField("issuerId",
                    "issuerId must be 1-128 characters of letters, digits, '.', '_', '~' or '-'");
        }
    }

    public static String issuer(String issuer, String ourIssuer) {
        if (issuer == null || !NO_SPACE.matcher(issuer).matches()) {
            throw StsException.invalidField("issuer", "issuer is required: the partner's iss value, no spaces");
        }
        if (issuer.equals(ourIssuer)) {
            throw StsException.invalidField("issuer", "Symbolon's own issuer cannot be a partner");
        }
        return issuer;
    }

    public static String protocol(String protocol) {
        String value = protocol == null ? PartnerIssuer.PROTOCOL_JWT : protocol;
        if (!PartnerIssuer.PROTOCOL_JWT.equals(value) && !PartnerIssuer.PROTOCOL_SAML2.equals(value)) {
            throw StsException.invalidField("protocol", "protocol must be 'jwt' or 'saml2'");
        }
        return value;
    }

    /** Exactly one source of keys: a static JWKS or the partner's JWKS URL. */
    public static JWKSet keys(String jwks, String jwksUri) {
        if ((jwks == null) == (jwksUri == null)) {
            throw StsException.invalidField("jwks", "Give exactly one of jwks and jwksUri");
        }
        if (jwksUri != null) {
            checkJwksUri(jwksUri);
            return null;
        }
        return ClientPolicy.jwks(jwks);
    }

    public static Set<String> tokenTypes(String protocol, List<String> tokenTypes) {
        boolean saml = PartnerIssuer.PROTOCOL_SAML2.equals(protocol);
        Set<String> allowed = saml ? Set.of(TokenTypes.SAML2) : TokenTypes.PARTNER_JWT_TYPES;
        List<String> list = tokenTypes == null ? List.of(saml ? TokenTypes.SAML2 : TokenTypes.JWT) : tokenTypes;
        if (list.isEmpty() || !allowed.containsAll(list)) {
            throw StsException.invalidField("tokenTypes", "tokenTypes of a " + protocol + " partner must be among "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
        return new LinkedHashSet<>(list);
    }

    /** A SAML partner's metadata comes from exactly one of an uploaded document and a URL; JWKS settings are refused. */
    public static void samlSources(String jwks, String jwksUri, String metadata, String metadataUrl) {
        if (jwks != null || jwksUri != null) {
            throw StsException.invalidField("jwks", "A saml2 partner's keys come from its metadata, not jwks or jwksUri");
        }
        if ((metadata == null) == (metadataUrl == null)) {
            throw StsException.invalidField("metadata", "Give exactly one of metadata and metadataUrl");
        }
        if (metadataUrl != null) {
            checkHttpsUrl("metadataUrl", metadataUrl);
        }
    }

    /** A JWT partner has no SAML metadata. */
    public static void jwtSources(String metadata, String metadataUrl, String metadataCertificate) {
        if (metadata != null || metadataUrl != null || metadataCertificate != null) {
            throw StsException.invalidField("metadata", "metadata, metadataUrl and metadataCertificate are for saml2 partners");
        }
    }

    /** The pinned certificate for the partner's metadata signature, or null. */
    public static X509Certificate metadataCertificate(String pem) {
        if (pem == null) {
            return null;
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | RuntimeException e) {
            throw StsException.invalidField("metadataCertificate", "metadataCertificate must be a PEM X.509 certificate");
        }
    }

    public static String audience(String audience, String ourIssuer) {
        if (audience == null) {
            return ourIssuer;
        }
        if (!NO_SPACE.matcher(audience).matches()) {
            throw StsException.invalidField("audience", "audience must be a value without spaces");
        }
        return audience;
    }

    public static Set<JWSAlgorithm> algorithms(List<String> algorithms) {
        List<String> list = algorithms == null ? List.of("RS256", "ES256") : algorithms;
        Set<JWSAlgorithm> set = new LinkedHashSet<>();
        for (String name : list) {
            JWSAlgorithm alg = name == null ? null : JWSAlgorithm.parse(name);
            if (alg == null || !ASYMMETRIC.contains(alg)) {
                throw StsException.invalidField("algorithms", "Only asymmetric signature algorithms are accepted");
            }
            set.add(alg);
        }
        if (set.isEmpty()) {
            throw StsException.invalidField("algorithms", "algorithms must name at least one algorithm");
        }
        return set;
    }

    private static void checkJwksUri(String jwksUri) {
        checkHttpsUrl("jwksUri", jwksUri);
    }

    private static void checkHttpsUrl(String field, String url) {
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host);
            boolean ok = uri.isAbsolute() && host != null && uri.getFragment() == null
                    && ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback));
            if (!ok) {
                throw StsException.invalidField(field, field + " must be an https URL (http only on localhost)");
            }
        } catch (URISyntaxException e) {
            throw StsException.invalidField(field, field + " is not a valid URL");
        }
    }
}
