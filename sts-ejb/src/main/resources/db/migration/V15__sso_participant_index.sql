-- Single Logout looks a session up by the service provider and the SessionIndex it was given (or,
-- without a SessionIndex, by the service provider and its NameID): both start with relying_party.
CREATE INDEX sts_sso_participant_party_index ON sts_sso_participant (relying_party, session_index);
