-- The node that recorded a revocation (a random id per server process). Every few seconds each node
-- reads the revocations the others recorded; its own are in its memory from the moment it made them,
-- so a node that revokes thousands of tokens a second no longer reads them all back.
ALTER TABLE sts_revoked_token ADD COLUMN origin VARCHAR(36);
