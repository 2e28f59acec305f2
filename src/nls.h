/*
 * nls.h: the extension's own message catalog.  ereport() looks its messages up in
 * TEXTDOMAIN, which PostgreSQL's elog.h sets to the server's catalog; every server file
 * includes this (through server.h or zh/zh.h) after postgres.h to use ours instead:
 * "indicator-MAJOR", from the po/ directory, installed under `pg_config --localedir` (nls.mk) and
 * bound in _PG_init.  _() in our files also means our catalog.
 */
#ifndef INDICATOR_NLS_H
#define INDICATOR_NLS_H

#include "postgres.h"

#undef TEXTDOMAIN
#define TEXTDOMAIN PG_TEXTDOMAIN("indicator")

#undef _
#define _(x) dgettext(TEXTDOMAIN, x)

#endif
