-- Local users and groups, and the failed-login counters every node reads (per account and per client address).
CREATE TABLE sts_user (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    username            VARCHAR(128)  NOT NULL,
    display_name        VARCHAR(256),
    email               VARCHAR(254),
    attributes          TEXT          NOT NULL,
    password_hash       VARCHAR(512),
    password_temporary  BOOLEAN       NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    CONSTRAINT sts_user_username UNIQUE (username)
);

CREATE TABLE sts_group (
    name         VARCHAR(64)   NOT NULL PRIMARY KEY,
    description  VARCHAR(1024),
    created_at   TIMESTAMP     NOT NULL
);

CREATE TABLE sts_user_group (
    user_id     VARCHAR(36)  NOT NULL REFERENCES sts_user (id) ON DELETE CASCADE,
    group_name  VARCHAR(64)  NOT NULL REFERENCES sts_group (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, group_name)
);
CREATE INDEX sts_user_group_group ON sts_user_group (group_name);

CREATE TABLE sts_login_failure (
    failure_key       VARCHAR(160)  NOT NULL PRIMARY KEY,
    failures          INTEGER       NOT NULL,
    first_failure_at  TIMESTAMP     NOT NULL,
    last_failure_at   TIMESTAMP     NOT NULL,
    locked_until      TIMESTAMP,
    version           BIGINT        NOT NULL
);
CREATE INDEX sts_login_failure_last ON sts_login_failure (last_failure_at);
