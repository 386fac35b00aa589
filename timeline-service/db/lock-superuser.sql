-- docker compose only: the postgres image insists on a password for its superuser (it is given the owner's, to
-- start once). Afterwards the superuser has none, so it logs in only inside the container, over the socket:
--   docker compose exec postgres psql -U postgres timeline
ALTER ROLE CURRENT_USER PASSWORD NULL;
