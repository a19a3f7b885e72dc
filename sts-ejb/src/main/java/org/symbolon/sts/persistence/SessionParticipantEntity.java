package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_sso_participant")
public class SessionParticipantEntity {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "session_id")
    public String sessionId;

    @Column(name = "protocol")
    public String protocol;

    @Column(name = "relying_party")
    public String relyingParty;

    @Column(name = "name_id")
    public String nameId;

    @Column(name = "name_id_format")
    public String nameIdFormat;

    @Column(name = "session_index")
    public String sessionIndex;

    @Column(name = "joined_at")
    public LocalDateTime joinedAt;
}
