/*
 * sql_messages.c: the messages that the extension's SQL functions raise (PL/pgSQL RAISE in
 * the files of sql/ and the upgrade script), in the extension's catalog, and the function that
 * gives one in the language of lc_messages.
 *
 * PL/pgSQL has no gettext: a RAISE writes
 *     MESSAGE = format(@extschema@.indicator_message('relation %s already exists'), x)
 * and the msgid must also be listed below, word for word, so that xgettext (nls.mk) puts it
 * into po/indicator.pot; test/messages/check_po.sh fails on a literal of sql/ missing here.
 * Placeholders are format()'s %s (and %% for a percent sign).
 */
#include "server.h"

#include "utils/builtins.h"

/* Never read: it only shows xgettext the msgids (gettext_noop is a no-op). */
static const char *const indicator_sql_messages[] pg_attribute_unused() = {
	gettext_noop("indicator needs a UTF8 database, not %s"),
	gettext_noop("Create the database with ENCODING 'UTF8'; clients may still use GBK or GB18030 (SET client_encoding)."),
	gettext_noop("zh_phrase is changed on the Citus coordinator %s, not on a worker"),
	gettext_noop("(not registered on this node)"),
	gettext_noop("This node is a Citus worker (group %s); the coordinator writes each change to every worker."),
	gettext_noop("Connect to the coordinator and call the function there."),
	gettext_noop("zh_phrase could not be changed on worker %s:%s"),
	gettext_noop("zh_phrase is changed on this node and %s of %s workers, not on %s"),
	gettext_noop("This node holds the change; the workers named read the old phrases until they get it."),
	gettext_noop("Once the workers are reachable, run SELECT zh_phrase_sync(); on this node: it writes this node's user phrases to every worker."),
	gettext_noop("view name \"%s\" has too many dots"),
	gettext_noop("Give a name or schema.name."),
	gettext_noop("view name \"%s\" is longer than 63 bytes"),
	gettext_noop("Pass a shorter view_name."),
	gettext_noop("relation %s already exists"),
	gettext_noop("Pass replace => true to make it again, or another view_name."),
	gettext_noop("%s is not a view"),
	gettext_noop("replace => true only makes a view again; pass another view_name."),
	gettext_noop("column name \"%s\" is too long to derive \"%s\" from it"),
	gettext_noop("Rename the column, or select it under a shorter alias in a view and pass that view."),
	gettext_noop("BI view %s is not restored: its table %s.%s no longer exists"),
	gettext_noop("Call indicator_bi_view() on the new table, or DELETE the row of %s from indicator_bi_views."),
	gettext_noop("the 0.1.0 function %s stays: %s uses it"),
	gettext_noop("Nothing breaks: the library keeps it.  Rewrite those objects with the 0.2.0 aggregates (sum, avg, ...) when convenient."),
	gettext_noop("index %s was not rebuilt: its table belongs to %s, not to the owner of extension indicator"),
	gettext_noop("The index was built in the 0.1.0 order; scans of it can miss rows until it is rebuilt."),
	gettext_noop("Run %s; as %s or a superuser."),
	gettext_noop("index %s was not rebuilt: %s"),
	gettext_noop("Fix the cause, then run %s;"),
	gettext_noop("zh_category keeps collation zh_pinyin: %s objects use it"),
	gettext_noop("Columns can move to the tailored order with ALTER TABLE ... ALTER COLUMN ... TYPE text COLLATE zh_pinyin_phrases."),
};

PG_FUNCTION_INFO_V1(indicator_message);
Datum
indicator_message(PG_FUNCTION_ARGS)
{
	char	   *msgid = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_TEXT_P(cstring_to_text(_(msgid)));
}
