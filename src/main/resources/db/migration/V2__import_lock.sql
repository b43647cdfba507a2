-- One row that an importing instance locks (SELECT ... FOR UPDATE) on databases without
-- advisory locks, so that several instances never import at the same time.
create table import_lock (
    id integer primary key
);
insert into import_lock (id) values (1);
