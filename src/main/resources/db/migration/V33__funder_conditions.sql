-- More conditions a funder can put on its money (ADR 0023): the NLQF levels of the training, the occupations it
-- leads to (ISCO-08 codes of 1 to 4 digits), and the providers that may give it (KvK numbers). Sets are stored as
-- the existing conditions are: sorted, comma-separated; empty for no condition. The ledger records the same facts of
-- the offering with each hold and payment, so that verify checks them again later.
alter table ledger_account add column cond_levels varchar(40);
alter table ledger_account add column cond_occupations varchar(1000);
alter table ledger_account add column cond_providers varchar(1000);

alter table ledger_transfer_purpose add column level integer;
alter table ledger_transfer_purpose add column occupations varchar(4000);
alter table ledger_transfer_purpose add column provider_kvk varchar(8);

alter table funding_upload add column cond_levels varchar(40) default '' not null;
alter table funding_upload add column cond_occupations varchar(1000) default '' not null;
alter table funding_upload add column cond_providers varchar(1000) default '' not null;

alter table funding_periodic_plan add column cond_levels varchar(40) default '' not null;
alter table funding_periodic_plan add column cond_occupations varchar(1000) default '' not null;
alter table funding_periodic_plan add column cond_providers varchar(1000) default '' not null;
