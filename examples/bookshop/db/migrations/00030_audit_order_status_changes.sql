-- Support needs to see who moved an order between states. The acting user comes from
-- the app.user_id setting that the API sets per transaction (empty for system jobs).

-- +goose Up
SET lock_timeout = '5s';

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION audit_order_status_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (actor_id, action, entity_type, entity_id, details)
    VALUES (
        nullif(current_setting('app.user_id', true), '')::uuid,
        'order.status_changed',
        'order',
        NEW.id::text,
        jsonb_build_object('from', OLD.status, 'to', NEW.status)
    );
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER orders_audit_status_change
    AFTER UPDATE OF status ON orders
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION audit_order_status_change();

-- +goose Down
SET lock_timeout = '5s';
DROP TRIGGER IF EXISTS orders_audit_status_change ON orders;
DROP FUNCTION IF EXISTS audit_order_status_change();
