package org.symbolon.sts.token.saml;

import java.nio.charset.StandardCharsets;

/**
 * A SAML protocol message as a binding delivered it, before its XML is read.
 *
 * @param xml        the message's XML octets
 * @param relayState the RelayState as received (at most 80 bytes), or null
 * @param signature  the Redirect binding's signature over the query string, or null
 */
public record SamlRequestMessage(byte[] xml, String relayState, QuerySignature signature) {

    /** Largest message accepted, in bytes, after base64 decoding and inflating. */
    public static final int MAX_BYTES = 64 * 1024;

    /** SAML bindings section 3.4.3 and 3.5.3: RelayState must not exceed 80 bytes. */
    static String relayState(String value) throws SamlRefusal {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > 80) {
            throw new SamlRefusal("RelayState is longer than 80 bytes");
        }
        return value;
    }
}
