-- Append-only log of admin and system actions.

-- +goose Up
CREATE TABLE audit_log (
    id          serial PRIMARY KEY,
    actor_id    uuid,
    action      text NOT NULL,
    entity_type text NOT NULL,
    entity_id   text NOT NULL,
    details     jsonb NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);

-- +goose Down
DROP TABLE audit_log;
