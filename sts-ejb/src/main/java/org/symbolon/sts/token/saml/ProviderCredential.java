package org.symbolon.sts.token.saml;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import org.opensaml.security.x509.BasicX509Credential;

/**
 * Our signing certificate and private key, with the JCA provider that holds the key in its own form
 * (null: the JDK's providers). {@link ProviderSignatureMarshaller} has XML signatures made with this
 * credential computed by that provider.
 */
final class ProviderCredential extends BasicX509Credential {

    private final Provider provider;

    ProviderCredential(X509Certificate certificate, PrivateKey privateKey, Provider provider) {
        super(certificate, privateKey);
        this.provider = provider;
    }

    Provider provider() {
        return provider;
    }
}
