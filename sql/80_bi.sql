-- 80_bi.sql: indicator_bi_view(), a view of any table for BI tools and drivers that know
-- no custom types (doc/clients.md): each indicator and target column taken apart into
-- numeric, text and boolean columns with the accessors of 10_indicator.sql and
-- 30_target.sql (base_unit_value, display_value, base_range ...); other columns pass
-- through, a domain column cast to its base type (drivers' metadata then says text).
--
-- Views live through migrations: each BI view is recorded in indicator_bi_views, so
-- replace => true rebuilds one in place (owner, grants and comment kept) and
-- indicator_bi_drop() / indicator_bi_restore() take all of them out of a migration's way
-- and back.  Explicit calls rather than an event trigger: an event trigger would fire on
-- every user's DDL and needs a superuser to create.

-- The registry.  Rows name the view and its source (names, not OIDs: a migration may
-- recreate the table); owner, grants and comment are saved when a view is dropped.
CREATE TABLE @extschema@.indicator_bi_views (
    view_schema   name    NOT NULL,
    view_name     name    NOT NULL,
    source_schema name    NOT NULL,
    source_name   name    NOT NULL,
    tolerance     numeric,
    view_owner    name    NOT NULL DEFAULT current_user,
    view_acl      text,       -- aclitem[] as text: ORMs reflecting the schema know text
    view_comment  text,
    dropped       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (view_schema, view_name)
);
COMMENT ON TABLE @extschema@.indicator_bi_views IS
    'the views made by indicator_bi_view, so they can be rebuilt, dropped and restored around a migration';
-- Every role that makes BI views writes its own rows: a row names a role the writer is a
-- member of, since restoring a view gives it that owner and those grants.
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.indicator_bi_views TO PUBLIC;
ALTER TABLE @extschema@.indicator_bi_views ENABLE ROW LEVEL SECURITY;
CREATE POLICY indicator_bi_views_owner ON @extschema@.indicator_bi_views
    USING (pg_catalog.pg_has_role(view_owner, 'MEMBER'))
    WITH CHECK (pg_catalog.pg_has_role(view_owner, 'MEMBER'));
SELECT pg_catalog.pg_extension_config_dump('@extschema@.indicator_bi_views', '');

-- Owner, grants and comment of a view made again (DROP then CREATE loses them).
CREATE FUNCTION @extschema@.indicator_bi_keep(view_ident text, owner name, acl aclitem[], note text)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $keep$
DECLARE
    g record;
BEGIN
    IF owner IS DISTINCT FROM current_user THEN
        EXECUTE format('ALTER VIEW %s OWNER TO %I', view_ident, owner);
    END IF;
    FOR g IN SELECT a.grantee, a.privilege_type, a.is_grantable
               FROM aclexplode(acl) a
              WHERE a.grantee <> (SELECT r.oid FROM pg_roles r WHERE r.rolname = owner)
    LOOP
        EXECUTE format('GRANT %s ON %s TO %s%s', g.privilege_type, view_ident,
                       CASE WHEN g.grantee = 0 THEN 'PUBLIC'
                            ELSE quote_ident((SELECT r.rolname FROM pg_roles r WHERE r.oid = g.grantee)) END,
                       CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
    END LOOP;
    IF note IS NOT NULL THEN
        EXECUTE format('COMMENT ON VIEW %s IS %L', view_ident, note);
    END IF;
END
$keep$;
COMMENT ON FUNCTION @extschema@.indicator_bi_keep(text, name, aclitem[], text) IS
    'gives a BI view made again its owner, grants and comment (used by indicator_bi_view and indicator_bi_restore)';

-- Bounds of 约/左右 follow indicator.approx_tolerance when the view is read, unless a
-- tolerance is given here.  pg_temp is searched last: a caller's temporary table named
-- like a catalog must not stand in for it.
CREATE FUNCTION @extschema@.indicator_bi_view(source regclass, view_name text DEFAULT NULL,
        tolerance numeric DEFAULT NULL, replace boolean DEFAULT false)
    RETURNS regclass
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $bi$
DECLARE
    src_schema name;
    src_name   name;
    parts      text[];
    view_ident text;
    cols       text[] := '{}';
    col        record;
    basetype   oid;
    basemod    int;
    old        record;
    had_old    boolean := false;
    e          text;
    rng        text;
    suffixes   text[];
    tol        text := CASE WHEN tolerance IS NULL THEN '' ELSE format(', %L::numeric', tolerance) END;
    -- the schema as a format() argument: a schema name may hold a % (issue 17)
    xs         text := '@extschema@';
BEGIN
    IF tolerance IS NOT NULL AND (tolerance < 0 OR tolerance > 1) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.indicator_message('tolerance %s is not between 0 and 1'), tolerance),
            ERRCODE = '22023',
            DETAIL = format(@extschema@.indicator_message('The tolerance is the relative width of 约x and x左右: 0.1 means within 10%% of x.'));
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
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.indicator_message('view name "%s" has too many dots'), view_name),
            ERRCODE = '42601', HINT = @extschema@.indicator_message('Give a name or schema.name.');
    END IF;
    IF octet_length(parts[2]) > 63 THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.indicator_message('view name "%s" is longer than 63 bytes'), parts[2]),
            ERRCODE = '42622', HINT = @extschema@.indicator_message('Pass a shorter view_name.');
    END IF;
    view_ident := format('%I.%I', parts[1], parts[2]);
    IF to_regclass(view_ident) IS NOT NULL THEN
        SELECT c.relkind, pg_get_userbyid(c.relowner) AS owner, c.relacl AS acl,
               obj_description(c.oid, 'pg_class') AS note
          INTO old FROM pg_class c WHERE c.oid = to_regclass(view_ident);
        had_old := true;
        IF NOT replace THEN
            RAISE EXCEPTION USING
                MESSAGE = format(@extschema@.indicator_message('relation %s already exists'), view_ident),
                ERRCODE = '42P07',
                HINT = @extschema@.indicator_message('Pass replace => true to make it again, or another view_name.');
        ELSIF old.relkind <> 'v' THEN
            RAISE EXCEPTION USING
                MESSAGE = format(@extschema@.indicator_message('%s is not a view'), view_ident),
                ERRCODE = '42809',
                HINT = @extschema@.indicator_message('replace => true only makes a view again; pass another view_name.');
        END IF;
        -- DROP refuses (2BP01) when the user's own views read this one: theirs come first
        EXECUTE format('DROP VIEW %s', view_ident);
    END IF;

    FOR col IN
        SELECT a.attname, a.atttypid, a.atttypmod FROM pg_attribute a
         WHERE a.attrelid = source AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY a.attnum
    LOOP
        -- a domain over indicator or target is taken apart like its base type
        basetype := col.atttypid;
        basemod := col.atttypmod;
        WHILE (SELECT t.typtype = 'd' FROM pg_type t WHERE t.oid = basetype) LOOP
            SELECT t.typbasetype, t.typtypmod INTO basetype, basemod FROM pg_type t WHERE t.oid = basetype;
        END LOOP;
        e := format('s.%I', col.attname);
        IF basetype = '@extschema@.indicator'::regtype THEN
            suffixes := ARRAY['_value', '_base_unit', '_display_value', '_display_unit',
                              '_dimension', '_qualifier', '_qualifier_class', '_lower',
                              '_upper', '_is_change', '_basis'];
            rng := format('%s.base_range(%s%s)', xs, e, tol);
            cols := cols || ARRAY[
                format('%s::text AS %I', e, col.attname),
                format('%s.base_unit_value(%s)', xs, e),
                format('%s.base_unit(%s)', xs, e),
                format('%s.display_value(%s)', xs, e),
                format('%s.display_unit(%s)', xs, e),
                format('%s.dimension(%s)', xs, e),
                format('%s.qualifier(%s)', xs, e),
                format('%s.qualifier_class(%s)', xs, e),
                format('lower(%s)', rng),
                format('upper(%s)', rng),
                format('%s.is_change(%s)', xs, e),
                format('%s.basis(%s)', xs, e)];
        ELSIF basetype = '@extschema@.target'::regtype THEN
            suffixes := ARRAY['_comparator', '_value', '_base_unit', '_display_value',
                              '_display_unit', '_dimension', '_lower', '_upper',
                              '_is_change', '_basis', '_stretch_value'];
            rng := format('%s.base_range(%s%s)', xs, e, tol);
            cols := cols || ARRAY[
                format('%s::text AS %I', e, col.attname),
                format('%s.comparator(%s)', xs, e),
                format('%s.base_unit_value(%s.target_value(%s))', xs, xs, e),
                format('%s.base_unit(%s.target_value(%s))', xs, xs, e),
                format('%s.display_value(%s.target_value(%s))', xs, xs, e),
                format('%s.display_unit(%s.target_value(%s))', xs, xs, e),
                format('%s.dimension(%s.target_value(%s))', xs, xs, e),
                format('lower(%s)', rng),
                format('upper(%s)', rng),
                format('%s.is_change(%s.target_value(%s))', xs, xs, e),
                format('%s.basis(%s.target_value(%s))', xs, xs, e),
                format('%s.base_unit_value(%s.stretch(%s))', xs, xs, e)];
        ELSIF basetype <> col.atttypid THEN
            -- any other domain as its base type: drivers read the catalogs, which name the
            -- domain (zh_category) where the base type (text) is what they know
            cols := cols || format('%s::%s AS %I', e, format_type(basetype, basemod), col.attname);
            CONTINUE;
        ELSE
            cols := cols || e;
            CONTINUE;
        END IF;
        -- name the derived columns: the figure keeps the column's name
        FOR i IN 1 .. cardinality(suffixes) LOOP
            IF octet_length(col.attname || suffixes[i]) > 63 THEN
                RAISE EXCEPTION USING
                    MESSAGE = format(@extschema@.indicator_message('column name "%s" is too long to derive "%s" from it'),
                                     col.attname, col.attname || suffixes[i]),
                    ERRCODE = '42622',
                    HINT = @extschema@.indicator_message('Rename the column, or select it under a shorter alias in a view and pass that view.');
            END IF;
            cols[cardinality(cols) - cardinality(suffixes) + i] :=
                cols[cardinality(cols) - cardinality(suffixes) + i] || format(' AS %I', col.attname || suffixes[i]);
        END LOOP;
    END LOOP;

    EXECUTE format('CREATE VIEW %s AS SELECT %s FROM %s s', view_ident,
                   array_to_string(cols, ', '), source);
    EXECUTE format('COMMENT ON VIEW %s IS %L', view_ident,
                   format('numeric and text columns of %s (indicator_bi_view)', source));
    IF had_old THEN
        PERFORM @extschema@.indicator_bi_keep(view_ident, old.owner, old.acl, old.note);
    END IF;
    INSERT INTO @extschema@.indicator_bi_views AS r
           (view_schema, view_name, source_schema, source_name, tolerance, view_owner)
    VALUES (parts[1], parts[2], src_schema, src_name, tolerance,
            (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = view_ident::regclass))
    ON CONFLICT ON CONSTRAINT indicator_bi_views_pkey DO UPDATE
       SET source_schema = excluded.source_schema, source_name = excluded.source_name,
           tolerance = excluded.tolerance, view_owner = excluded.view_owner,
           view_acl = NULL, view_comment = NULL, dropped = false;
    RETURN view_ident::regclass;
END
$bi$;
COMMENT ON FUNCTION @extschema@.indicator_bi_view(regclass, text, numeric, boolean) IS
    'creates (or with replace => true makes again) a view of a table with its indicator and target columns as numeric, text and boolean columns, for BI tools';


-- Around a migration: SELECT indicator_bi_drop(); ... ALTER TABLE ...; SELECT indicator_bi_restore();
-- Both see only the rows of roles the caller is a member of (the table's policy).
CREATE FUNCTION @extschema@.indicator_bi_drop()
    RETURNS SETOF text
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $drop$
DECLARE
    r    record;
    v    regclass;
BEGIN
    FOR r IN SELECT * FROM @extschema@.indicator_bi_views b WHERE NOT b.dropped
              ORDER BY b.view_schema, b.view_name FOR UPDATE
    LOOP
        v := to_regclass(format('%I.%I', r.view_schema, r.view_name));
        IF v IS NULL OR (SELECT c.relkind <> 'v' FROM pg_class c WHERE c.oid = v) THEN
            -- dropped by hand: nothing to restore later
            DELETE FROM @extschema@.indicator_bi_views b
             WHERE b.view_schema = r.view_schema AND b.view_name = r.view_name;
            CONTINUE;
        END IF;
        UPDATE @extschema@.indicator_bi_views b
           SET view_owner = pg_get_userbyid(c.relowner), view_acl = c.relacl::text,
               view_comment = obj_description(c.oid, 'pg_class'), dropped = true
          FROM pg_class c
         WHERE c.oid = v AND b.view_schema = r.view_schema AND b.view_name = r.view_name;
        RETURN NEXT v::text;   -- a name: the view is gone when the caller reads it
        EXECUTE format('DROP VIEW %s', v);
    END LOOP;
END
$drop$;
COMMENT ON FUNCTION @extschema@.indicator_bi_drop() IS
    'drops every view made by indicator_bi_view (that the caller may see), keeping what indicator_bi_restore needs; returns them';

CREATE FUNCTION @extschema@.indicator_bi_restore()
    RETURNS SETOF regclass
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $restore$
DECLARE
    r    record;
    src  regclass;
    v    regclass;
    id   text;
BEGIN
    FOR r IN SELECT * FROM @extschema@.indicator_bi_views b WHERE b.dropped
              ORDER BY b.view_schema, b.view_name FOR UPDATE
    LOOP
        id := format('%I.%I', r.view_schema, r.view_name);
        src := to_regclass(format('%I.%I', r.source_schema, r.source_name));
        IF src IS NULL THEN
            RAISE WARNING USING
                MESSAGE = format(@extschema@.indicator_message('BI view %s is not restored: its table %s.%s no longer exists'),
                                 id, quote_ident(r.source_schema), quote_ident(r.source_name)),
                ERRCODE = '42P01',
                HINT = format(@extschema@.indicator_message('Call indicator_bi_view() on the new table, or DELETE the row of %s from indicator_bi_views.'), id);
            CONTINUE;
        END IF;
        v := @extschema@.indicator_bi_view(src, id, r.tolerance);
        PERFORM @extschema@.indicator_bi_keep(id, r.view_owner, r.view_acl::aclitem[], r.view_comment);
        UPDATE @extschema@.indicator_bi_views b
           SET view_owner = r.view_owner
         WHERE b.view_schema = r.view_schema AND b.view_name = r.view_name;
        RETURN NEXT v;
    END LOOP;
END
$restore$;
COMMENT ON FUNCTION @extschema@.indicator_bi_restore() IS
    'makes again every view dropped by indicator_bi_drop, from the table as it is now, with its owner, grants and comment; returns them';
