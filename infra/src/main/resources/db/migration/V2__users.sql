CREATE SCHEMA IF NOT EXISTS security;

-- People who may use the system. Never deleted: a person who leaves is disabled.
CREATE TABLE security.app_user (
    username      varchar(100) PRIMARY KEY,
    password_hash varchar(100) NOT NULL,
    roles         varchar(200) NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
