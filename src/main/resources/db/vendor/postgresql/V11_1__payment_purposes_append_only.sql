-- Like the transfers they describe, the purposes of payments are never changed or removed.
create trigger ledger_transfer_purpose_append_only before update or delete on ledger_transfer_purpose
    for each row execute function ledger_refuse_change();
