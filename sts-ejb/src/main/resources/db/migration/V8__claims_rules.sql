-- Declarative claims rules (JSON arrays, validated when saved): a partner's on arrival, a client's before issuing.
ALTER TABLE sts_partner_issuer ADD COLUMN incoming_rules TEXT;
ALTER TABLE sts_client ADD COLUMN outgoing_rules TEXT;
