-- 80_bi.sql: indicator_bi_view(), a view of any table for BI tools and drivers that know
-- no custom types (doc/clients.md): each indicator and target column taken apart into
-- numeric, text and boolean columns with the accessors of 10_indicator.sql and
-- 30_target.sql (base_unit_value, display_value, base_range ...); other columns pass
-- through unchanged.

-- Bounds of 约/左右 follow indicator.approx_tolerance when the view is read, unless a
-- tolerance is given here.  A plain CREATE VIEW: DROP it to make it again after the
-- table changes.
CREATE FUNCTION @extschema@.indicator_bi_view(source regclass, view_name text DEFAULT NULL,
        tolerance numeric DEFAULT NULL)
    RETURNS regclass
    LANGUAGE plpgsql
    SET search_path = pg_catalog
AS $bi$
DECLARE
    src_schema name;
    src_name   name;
    parts      text[];
    view_ident text;
    cols       text[] := '{}';
    col        record;
    basetype   oid;
    e          text;
    rng        text;
    suffixes   text[];
    tol        text := CASE WHEN tolerance IS NULL THEN '' ELSE format(', %L::numeric', tolerance) END;
BEGIN
    IF tolerance IS NOT NULL AND (tolerance < 0 OR tolerance > 1) THEN
        RAISE EXCEPTION 'tolerance % is not between 0 and 1', tolerance
            USING ERRCODE = '22023',
                  DETAIL = 'The tolerance is the relative width of 约x and x左右: 0.1 means within 10% of x.';
    END IF;
    SELECT n.nspname, c.relname INTO src_schema, src_name
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = source;
    -- as text: an array of name would silently truncate the name to 63 bytes
    parts := CASE WHEN view_name IS NULL THEN ARRAY[src_schema::text, src_name::text || '_bi']
                  ELSE parse_ident(view_name) END;
    IF cardinality(parts) = 1 THEN
        parts := ARRAY[src_schema::text] || parts;
    ELSIF cardinality(parts) <> 2 THEN
        RAISE EXCEPTION 'view name "%" has too many dots', view_name
            USING ERRCODE = '42601', HINT = 'Give a name or schema.name.';
    END IF;
    IF octet_length(parts[2]) > 63 THEN
        RAISE EXCEPTION 'view name "%" is longer than 63 bytes', parts[2]
            USING ERRCODE = '42622', HINT = 'Pass a shorter view_name.';
    END IF;
    view_ident := format('%I.%I', parts[1], parts[2]);
    IF to_regclass(view_ident) IS NOT NULL THEN
        RAISE EXCEPTION 'relation % already exists', view_ident
            USING ERRCODE = '42P07',
                  HINT = format('DROP VIEW %s first to make it again, or pass another view_name.', view_ident);
    END IF;

    FOR col IN
        SELECT a.attname, a.atttypid FROM pg_attribute a
         WHERE a.attrelid = source AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY a.attnum
    LOOP
        -- a domain over indicator or target is taken apart like its base type
        basetype := col.atttypid;
        WHILE (SELECT t.typtype = 'd' FROM pg_type t WHERE t.oid = basetype) LOOP
            SELECT t.typbasetype INTO basetype FROM pg_type t WHERE t.oid = basetype;
        END LOOP;
        e := format('s.%I', col.attname);
        IF basetype = '@extschema@.indicator'::regtype THEN
            suffixes := ARRAY['_value', '_base_unit', '_display_value', '_display_unit',
                              '_dimension', '_qualifier', '_qualifier_class', '_lower',
                              '_upper', '_is_change', '_basis'];
            rng := format('@extschema@.base_range(%s%s)', e, tol);
            cols := cols || ARRAY[
                format('%s::text AS %I', e, col.attname),
                format('@extschema@.base_unit_value(%s)', e),
                format('@extschema@.base_unit(%s)', e),
                format('@extschema@.display_value(%s)', e),
                format('@extschema@.display_unit(%s)', e),
                format('@extschema@.dimension(%s)', e),
                format('@extschema@.qualifier(%s)', e),
                format('@extschema@.qualifier_class(%s)', e),
                format('lower(%s)', rng),
                format('upper(%s)', rng),
                format('@extschema@.is_change(%s)', e),
                format('@extschema@.basis(%s)', e)];
        ELSIF basetype = '@extschema@.target'::regtype THEN
            suffixes := ARRAY['_comparator', '_value', '_base_unit', '_display_value',
                              '_display_unit', '_dimension', '_lower', '_upper',
                              '_is_change', '_basis', '_stretch_value'];
            rng := format('@extschema@.base_range(%s%s)', e, tol);
            cols := cols || ARRAY[
                format('%s::text AS %I', e, col.attname),
                format('@extschema@.comparator(%s)', e),
                format('@extschema@.base_unit_value(@extschema@.target_value(%s))', e),
                format('@extschema@.base_unit(@extschema@.target_value(%s))', e),
                format('@extschema@.display_value(@extschema@.target_value(%s))', e),
                format('@extschema@.display_unit(@extschema@.target_value(%s))', e),
                format('@extschema@.dimension(@extschema@.target_value(%s))', e),
                format('lower(%s)', rng),
                format('upper(%s)', rng),
                format('@extschema@.is_change(@extschema@.target_value(%s))', e),
                format('@extschema@.basis(@extschema@.target_value(%s))', e),
                format('@extschema@.base_unit_value(@extschema@.stretch(%s))', e)];
        ELSE
            cols := cols || e;
            CONTINUE;
        END IF;
        -- name the derived columns: the figure keeps the column's name
        FOR i IN 1 .. cardinality(suffixes) LOOP
            IF octet_length(col.attname || suffixes[i]) > 63 THEN
                RAISE EXCEPTION 'column name "%" is too long to derive "%" from it',
                        col.attname, col.attname || suffixes[i]
                    USING ERRCODE = '42622',
                          HINT = 'Rename the column, or select it under a shorter alias in a view and pass that view.';
            END IF;
            cols[cardinality(cols) - cardinality(suffixes) + i] :=
                cols[cardinality(cols) - cardinality(suffixes) + i] || format(' AS %I', col.attname || suffixes[i]);
        END LOOP;
    END LOOP;

    EXECUTE format('CREATE VIEW %s AS SELECT %s FROM %s s', view_ident,
                   array_to_string(cols, ', '), source);
    EXECUTE format('COMMENT ON VIEW %s IS %L', view_ident,
                   format('numeric and text columns of %s (indicator_bi_view)', source));
    RETURN view_ident::regclass;
END
$bi$;
COMMENT ON FUNCTION @extschema@.indicator_bi_view(regclass, text, numeric) IS
    'creates a view of a table with its indicator and target columns as numeric, text and boolean columns, for BI tools';
