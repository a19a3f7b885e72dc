package org.symbolon.sts.token.saml;

import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.security.SecurityException;
import org.opensaml.xmlsec.SignatureSigningParameters;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;
import org.opensaml.xmlsec.signature.SignableXMLObject;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.SignatureSupport;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.keys.LoadedKey;

/**
 * Enveloped XML signatures by an RS256 key: RSA-SHA256 (or the SHA-384/512 variant a service provider
 * chose) over exclusive canonicalisation, a digest of the same strength, and the key's certificate in
 * KeyInfo so a relying party can match it to our metadata.
 * Signing marshals the object; its DOM is then what was signed and must be serialised unchanged.
 * The signature value is computed by the key's own JCA provider (see {@link ProviderSignatureMarshaller}).
 */
final class SamlSigner {

    private SamlSigner() {
    }

    static void sign(SignableXMLObject object, LoadedKey key) {
        sign(object, key, SamlSignatureAlgorithm.RSA_SHA256);
    }

    static void sign(SignableXMLObject object, LoadedKey key, SamlSignatureAlgorithm algorithm) {
        if (key.privateKey() == null || key.certificate() == null) {
            throw StsException.unavailable("The active RS256 key cannot sign SAML yet");
        }
        X509KeyInfoGeneratorFactory keyInfo = new X509KeyInfoGeneratorFactory();
        keyInfo.setEmitEntityCertificate(true);
        SignatureSigningParameters parameters = new SignatureSigningParameters();
        parameters.setSigningCredential(new ProviderCredential(key.certificate(), key.privateKey(), key.provider()));
        parameters.setSignatureAlgorithm(algorithm.uri());
        parameters.setSignatureReferenceDigestMethod(algorithm.digestUri());
        parameters.setSignatureCanonicalizationAlgorithm(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        parameters.setKeyInfoGenerator(keyInfo.newInstance());
        try {
            SignatureSupport.signObject(object, parameters);
        } catch (SecurityException | MarshallingException | SignatureException e) {
            throw new IllegalStateException("XML signing failed with key " + key.kid(), e);
        }
        Base64LineBreaks.toLineFeeds(object.getSignature().getDOM(), Base64LineBreaks.DSIG_NS, "SignatureValue");
    }
}
