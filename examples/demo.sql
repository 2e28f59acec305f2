-- demo.sql: what the indicator extension can do so far.  Run by scripts/demo.sh in a
-- throwaway database that has the extension and a table `report` holding the sample
-- report of ../shared/corpus/.
\pset null '∅'
\echo '== indicator extension'
SELECT indicator_version() AS version, indicator_icu_version() AS icu;
\echo '== the sample report'
SELECT name, length(body) AS characters FROM report;
