package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_pending_login")
public class PendingLoginEntity {

    @Id
    @Column(name = "ticket_hash")
    public String ticketHash;

    @Column(name = "resume_path")
    public String resumePath;

    @Column(name = "parameters")
    public String parameters;

    @Column(name = "force_authn")
    public boolean forceAuthn;

    @Column(name = "login_hint")
    public String loginHint;

    @Column(name = "relying_party_name")
    public String relyingPartyName;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "expires_at")
    public LocalDateTime expiresAt;
}
