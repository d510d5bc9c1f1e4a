-- On PostgreSQL the database itself refuses to rewrite the audit trail: records can only be added.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: the audit trail is never changed', tg_table_name;
end
$$;

create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_refuse_change();

create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_refuse_change();
