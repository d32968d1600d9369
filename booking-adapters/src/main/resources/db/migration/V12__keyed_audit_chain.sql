-- The access log's chain is keyed and sealed apart from the requests that append to it.
--
-- A request appends its entries to audit_pending, taking no lock. The sealer chains them, in the order it finds
-- them, into audit_log: entry n's hash is HMAC-SHA-256 under a key kept outside the database of entry n-1's hash,
-- n and the entry (AuditChain), so that nobody without the key, the database's owner included, can rewrite the log
-- and forge its links. Where the chain reached is also kept outside the database (AuditCheckpoints), so that
-- entries cut off its end are found too.
create table audit_pending (
    id               bigint generated always as identity primary key,
    organisation_id  text        not null,
    kind             text        not null check (kind in ('ACCESS', 'DISCLOSURE')),
    at               timestamptz not null,
    subject          text        not null,
    role             text        not null,
    unit             text,
    client_reference text        not null,
    operation        text        not null,
    records          text[]      not null,
    purpose          text        not null,
    recipient        text,
    check (kind = 'ACCESS' or recipient is not null)
);
create index audit_pending_organisation on audit_pending (organisation_id, id);

-- The entries chained before with the unkeyed hash are chained again, keyed, in their order, by the first sealing.
insert into audit_pending (organisation_id, kind, at, subject, role, unit, client_reference, operation, records,
                           purpose, recipient)
select organisation_id, kind, at, subject, role, unit, client_reference, operation, records, purpose, recipient
  from audit_log
 order by organisation_id, sequence;
drop table audit_log;
drop table audit_chain_head;
drop function audit_log_is_append_only();

create table audit_log (
    organisation_id  text        not null,
    sequence         bigint      not null,
    kind             text        not null check (kind in ('ACCESS', 'DISCLOSURE')),
    at               timestamptz not null,
    subject          text        not null,
    role             text        not null,
    unit             text,
    client_reference text        not null,
    operation        text        not null,
    records          text[]      not null,
    purpose          text        not null,
    recipient        text,
    hash             bytea       not null,
    primary key (organisation_id, sequence),
    check (kind = 'ACCESS' or recipient is not null)
);
create index audit_log_client on audit_log (organisation_id, client_reference, at);

-- The last link of each organisation's chain, which the service's role can read but never write: it can only ask
-- audit_advance_head to move the head forward to the last entry of the log.
create table audit_chain_head (
    organisation_id text   primary key,
    sequence        bigint not null,
    hash            bytea  not null
);

create function audit_advance_head(organisation text) returns void
    language sql security definer set search_path = public as $$
    insert into audit_chain_head as h (organisation_id, sequence, hash)
    select organisation_id, sequence, hash from audit_log
     where organisation_id = organisation order by sequence desc limit 1
    on conflict (organisation_id) do update set sequence = excluded.sequence, hash = excluded.hash
     where h.sequence < excluded.sequence;
$$;

-- The service's role appends to the queue and the log, and takes sealed entries off the queue; it cannot change or
-- remove a sealed entry, nor touch the head but through the function. Even the owner is stopped by the triggers.
revoke update, truncate on audit_pending from ${application_role};
revoke update, delete, truncate on audit_log from ${application_role};
revoke update, delete, truncate on audit_log from public;
revoke all on audit_chain_head from public;
do $$
begin
    -- a service that runs as the owner (the default without a role of its own) keeps the owner's rights
    if '${application_role}' not in ('CURRENT_USER', current_user) then
        revoke all on audit_chain_head from ${application_role};
        grant select on audit_chain_head to ${application_role};
    end if;
end
$$;
revoke all on function audit_advance_head(text) from public;
grant execute on function audit_advance_head(text) to ${application_role};

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
