package org.symbolon.sts.token.saml;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Redirect binding's signature (SAML bindings 3.4.4.1): over the octets
 * {@code SAMLRequest=...&RelayState=...&SigAlg=...} exactly as they were received, verified with the
 * sender's registered certificates only. SHA-1 algorithms are refused.
 *
 * @param algorithm    the SigAlg URI
 * @param signedOctets the query string octets that were signed
 */
public record QuerySignature(String algorithm, byte[] value, byte[] signedOctets) {

    /** JCA algorithms by SigAlg URI; ECDSA values are r||s as XML Signature writes them. */
    private static final Map<String, String> JCA = Map.of(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "SHA256withRSA",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "SHA384withRSA",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "SHA512withRSA",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "SHA256withECDSAinP1363Format",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "SHA384withECDSAinP1363Format",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", "SHA512withECDSAinP1363Format");

    private static final Set<String> SHA1 = Set.of("http://www.w3.org/2000/09/xmldsig#rsa-sha1",
            "http://www.w3.org/2000/09/xmldsig#dsa-sha1", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1");

    public QuerySignature {
        value = value.clone();
        signedOctets = signedOctets.clone();
    }

    public void verify(List<X509Certificate> certificates) throws SamlRefusal {
        String jca = JCA.get(algorithm);
        if (jca == null) {
            throw new SamlRefusal(SHA1.contains(algorithm) ? "is signed with SHA-1, which is not accepted"
                    : "is signed with an algorithm that is not accepted");
        }
        for (X509Certificate certificate : certificates) {
            try {
                Signature verifier = Signature.getInstance(jca);
                verifier.initVerify(certificate.getPublicKey());
                verifier.update(signedOctets);
                if (verifier.verify(value)) {
                    return;
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                // not this certificate's key type or a malformed value: try the next one
            }
        }
        throw new SamlRefusal("signature does not verify with the service provider's registered certificates");
    }
}
