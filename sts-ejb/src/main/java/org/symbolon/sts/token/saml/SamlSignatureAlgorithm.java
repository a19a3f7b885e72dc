package org.symbolon.sts.token.saml;

import java.util.Map;

/**
 * An RSA signature algorithm we sign SAML with: its XML Signature URI (also the Redirect binding's SigAlg),
 * the digest of its references, and the JCA name for query-string signatures. SHA-1 is never one of them.
 */
public record SamlSignatureAlgorithm(String uri, String digestUri, String jcaName) {

    public static final SamlSignatureAlgorithm RSA_SHA256 = new SamlSignatureAlgorithm(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmlenc#sha256",
            "SHA256withRSA");
    public static final SamlSignatureAlgorithm RSA_SHA384 = new SamlSignatureAlgorithm(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "http://www.w3.org/2001/04/xmldsig-more#sha384",
            "SHA384withRSA");
    public static final SamlSignatureAlgorithm RSA_SHA512 = new SamlSignatureAlgorithm(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "http://www.w3.org/2001/04/xmlenc#sha512",
            "SHA512withRSA");

    private static final Map<String, SamlSignatureAlgorithm> BY_URI = Map.of(RSA_SHA256.uri, RSA_SHA256,
            RSA_SHA384.uri, RSA_SHA384, RSA_SHA512.uri, RSA_SHA512);

    /** The algorithm of an XML Signature URI; RSA-SHA256 for null (an SP that never chose). */
    public static SamlSignatureAlgorithm of(String uri) {
        if (uri == null) {
            return RSA_SHA256;
        }
        SamlSignatureAlgorithm algorithm = BY_URI.get(uri);
        if (algorithm == null) {
            throw new IllegalArgumentException("not a SAML signature algorithm Symbolon signs with: " + uri);
        }
        return algorithm;
    }
}
