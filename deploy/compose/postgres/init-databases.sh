#!/bin/bash
# First start of the PostgreSQL volume only: one login role and one database per service (and Keycloak), each
# database owned by its role, with no access for anyone else. Passwords come from the environment (.env).
set -euo pipefail

create() {
  local name="$1" password="$2"
  psql -v ON_ERROR_STOP=1 --username postgres --dbname postgres \
       -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create consultation "$CONSULTATION_DB_PASSWORD"
create forum "$FORUM_DB_PASSWORD"
create tracking "$TRACKING_DB_PASSWORD"
create keycloak "$KEYCLOAK_DB_PASSWORD"
