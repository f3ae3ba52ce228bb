-- +goose NO TRANSACTION

-- Backfill in batches of 5,000 rows, committing after each batch, so no long transaction
-- holds row locks on books while the shop is open. Safe to re-run: only NULL slugs are
-- touched. The application writes slugs for new books since release 2.14.

-- +goose Up
-- +goose StatementBegin
DO $$
DECLARE
    batch_size constant integer := 5000;
    touched    integer;
BEGIN
    LOOP
        UPDATE books
           SET slug = coalesce(
                   nullif(trim(BOTH '-' FROM regexp_replace(lower(title), '[^a-z0-9]+', '-', 'g')), ''),
                   'book'
               ) || '-' || id
         WHERE id IN (
                   SELECT id
                     FROM books
                    WHERE slug IS NULL
                    ORDER BY id
                    LIMIT batch_size
               );
        GET DIAGNOSTICS touched = ROW_COUNT;
        EXIT WHEN touched = 0;
        COMMIT;
    END LOOP;
END;
$$;
-- +goose StatementEnd

-- +goose Down
-- Nothing to undo: 00021's Down drops the column.
