package org.symbolon.sts.token.saml;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.SignatureValidator;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the enveloped signature of an incoming SAML object: it must follow the SAML signature
 * profile (one Reference, to this element's ID; enveloped and exclusive-c14n transforms only), use an
 * allowed algorithm with a SHA-2 digest, and verify with one of the certificates registered for its
 * sender. The certificate in KeyInfo, if any, is never used.
 */
final class XmlSignatureCheck {

    private static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    /** XML Signature algorithms by the JWS name an administrator allows them with. */
    static final Map<String, String> BY_JWS_NAME = Map.of(
            "RS256", SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256,
            "RS384", SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA384,
            "RS512", SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA512,
            "PS256", "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1",
            "PS384", "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1",
            "PS512", "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1",
            "ES256", SignatureConstants.ALGO_ID_SIGNATURE_ECDSA_SHA256,
            "ES384", SignatureConstants.ALGO_ID_SIGNATURE_ECDSA_SHA384,
            "ES512", SignatureConstants.ALGO_ID_SIGNATURE_ECDSA_SHA512);

    private static final Set<String> DIGESTS = Set.of(SignatureConstants.ALGO_ID_DIGEST_SHA256,
            SignatureConstants.ALGO_ID_DIGEST_SHA384, SignatureConstants.ALGO_ID_DIGEST_SHA512);

    private XmlSignatureCheck() {
    }

    static void verify(SignableSAMLObject object, List<X509Certificate> certificates, Set<String> jwsAlgorithms)
            throws SamlRefusal {
        Signature signature = object.getSignature();
        if (signature == null) {
            throw new SamlRefusal("is not signed");
        }
        try {
            new SAMLSignatureProfileValidator().validate(signature);
        } catch (SignatureException e) {
            throw new SamlRefusal("has a signature that does not follow the SAML signature profile");
        }
        boolean allowed = jwsAlgorithms.stream().map(BY_JWS_NAME::get)
                .anyMatch(uri -> uri != null && uri.equals(signature.getSignatureAlgorithm()));
        if (!allowed || !sha2Digests(signature.getDOM())) {
            throw new SamlRefusal("is signed with an algorithm that is not accepted");
        }
        for (X509Certificate certificate : certificates) {
            try {
                SignatureValidator.validate(signature, new BasicX509Credential(certificate));
                return;
            } catch (SignatureException | RuntimeException e) {
                // not this certificate: try the next one
            }
        }
        throw new SamlRefusal("signature does not verify with the issuer's registered certificates");
    }

    private static boolean sha2Digests(Element signature) {
        if (signature == null) {
            return false;
        }
        NodeList digests = signature.getElementsByTagNameNS(DSIG_NS, "DigestMethod");
        if (digests.getLength() == 0) {
            return false;
        }
        for (int i = 0; i < digests.getLength(); i++) {
            if (!DIGESTS.contains(((Element) digests.item(i)).getAttribute("Algorithm"))) {
                return false;
            }
        }
        return true;
    }
}
