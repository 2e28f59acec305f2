# nls.mk: the message catalog, read by PGXS (Makefile.global includes it when PostgreSQL
# is built with NLS).  po/LANG.po -> indicator-MAJOR.mo in `pg_config --localedir`.
#   make init-po      po/indicator.pot from the sources
#   make update-po    merge it into po/LANG.po.new (then review and rename)
CATALOG_NAME     = indicator
# the languages (PostgreSQL 16+ read po/LINGUAS instead: keep the two in step)
AVAIL_LANGUAGES  = zh_CN
GETTEXT_FILES    = $(sort $(wildcard src/*.c src/zh/*.c src/core/*.c))
GETTEXT_TRIGGERS = $(BACKEND_COMMON_GETTEXT_TRIGGERS) ind_fail:4 fail_at:5 IND_MSG IND_TEXT _ gettext_noop \
                   eval_fail:3
GETTEXT_FLAGS    = $(BACKEND_COMMON_GETTEXT_FLAGS) ind_fail:4:c-format fail_at:5:c-format IND_MSG:1:c-format \
                   IND_TEXT:1:no-c-format
# the sources hold Chinese text in UTF-8
XGETTEXT        += --from-code=UTF-8
