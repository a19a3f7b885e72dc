package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_issued_assertion")
public class IssuedAssertionEntity {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "subject")
    public String subject;

    @Column(name = "audience")
    public String audience;

    @Column(name = "issued_at")
    public LocalDateTime issuedAt;

    @Column(name = "expires_at")
    public LocalDateTime expiresAt;

    @Column(name = "chain")
    public String chain;

    @Column(name = "act")
    public String act;
}
