-- Chinese messages for a user who is no superuser (issue 18).  lc_messages is a superuser
-- setting: a plain role cannot SET it, but an administrator can give it Chinese messages
-- in three ways, each checked here on a fresh connection of that role:
--   ALTER DATABASE db SET lc_messages (every connection to the database),
--   ALTER ROLE role SET lc_messages (every connection of the role),
--   GRANT SET ON PARAMETER lc_messages TO role (the role SETs it itself; PostgreSQL 15+).
SELECT current_user AS admin \gset
CREATE ROLE ind_msg_user LOGIN;
\c - ind_msg_user
SET lc_messages = 'zh_CN.UTF-8';
-- 1. the database's default, set by the administrator
\c - :admin
DO $$BEGIN EXECUTE format('ALTER DATABASE %I SET lc_messages = %L', current_database(), 'zh_CN.UTF-8'); END$$;
\c - ind_msg_user
SELECT current_user = 'ind_msg_user' AS plain_role, current_setting('lc_messages') AS lc_messages;
SELECT '3万亩'::indicator + '5亿元'::indicator;
\c - :admin
DO $$BEGIN EXECUTE format('ALTER DATABASE %I RESET lc_messages', current_database()); END$$;
-- 2. the role's default
ALTER ROLE ind_msg_user SET lc_messages = 'zh_CN.UTF-8';
\c - ind_msg_user
SELECT current_setting('lc_messages') AS lc_messages;
SELECT '27701元'::indicator + '增加1000元'::indicator;
\c - :admin
ALTER ROLE ind_msg_user RESET lc_messages;
-- 3. the right to set it
GRANT SET ON PARAMETER lc_messages TO ind_msg_user;
\c - ind_msg_user
SET lc_messages = 'zh_CN.UTF-8';
SELECT '5亿元'::indicator / '0元'::indicator;
RESET lc_messages;
SELECT '5亿元'::indicator / '0元'::indicator;
\c - :admin
REVOKE SET ON PARAMETER lc_messages FROM ind_msg_user;
DROP ROLE ind_msg_user;
