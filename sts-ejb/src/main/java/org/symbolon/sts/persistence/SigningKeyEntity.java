package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_signing_key")
public class SigningKeyEntity {

    @Id
    @Column(name = "kid")
    public String kid;

    @Column(name = "alg")
    public String alg;

    @Column(name = "state")
    public String state;

    @Column(name = "public_jwk")
    public String publicJwk;

    @Column(name = "private_key_enc")
    public String privateKeyEncrypted;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "activated_at")
    public LocalDateTime activatedAt;

    @Column(name = "retired_at")
    public LocalDateTime retiredAt;

    @Column(name = "publish_until")
    public LocalDateTime publishUntil;

    @Column(name = "certificate_pem")
    public String certificatePem;
}
