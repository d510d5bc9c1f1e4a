-- A mandate's scope: besides seeing and preparing, may the adviser also confirm bookings for the citizen? Off unless
-- the citizen says so when granting it; mandates granted before this column existed allow no booking.
alter table mandate add column allows_booking boolean default false not null;
