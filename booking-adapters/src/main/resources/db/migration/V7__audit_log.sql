-- The service's own database role. Migrations run as the owner of the schema; the service may run as
-- a role of its own (${application_role}; the embedded database does so), which gets the usual rights
-- on every table, now and later, except on the logs below.
grant select, insert, update, delete on all tables in schema public to ${application_role};
grant usage, select on all sequences in schema public to ${application_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${application_role};
alter default privileges in schema public grant usage, select on sequences to ${application_role};

-- Access and disclosure logs (Client Data Act 703/2023, käyttöloki and luovutusloki): who processed
-- which client's data, when, in which operation and on what basis; a disclosure names the recipient.
-- One hash chain per organisation: hash = sha256(previous entry's hash || the entry's canonical bytes),
-- computed by AuditEntry.canonicalBytes() and AuditChain in the domain, checked by the verification call.
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

-- The last link of each organisation's chain. Appending takes this row's lock, so entries of one
-- organisation are chained one at a time, in commit order.
create table audit_chain_head (
    organisation_id text   primary key,
    sequence        bigint not null,
    hash            bytea  not null
);

-- Append-only: no role the service runs as may change or remove an entry, and even the owner is
-- stopped by the triggers (a superuser who gets round them breaks the chain, which verification shows).
revoke update, delete, truncate on audit_log from ${application_role};
revoke update, delete, truncate on audit_log from public;

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
