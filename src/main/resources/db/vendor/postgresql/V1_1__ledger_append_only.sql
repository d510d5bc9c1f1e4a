-- On PostgreSQL the database itself refuses to rewrite history: transfers and command records can only be added.
create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: corrections are new transfers', tg_table_name;
end
$$;

create trigger ledger_transfer_append_only before update or delete on ledger_transfer
    for each row execute function ledger_refuse_change();

create trigger ledger_command_append_only before update or delete on ledger_command
    for each row execute function ledger_refuse_change();
