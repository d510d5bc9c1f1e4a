-- Targeting in voucher schemes (ADR 0016): the applicant facts a target group asks for, and sub-budgets reserved for
-- any target group instead of only "up to an education level".

-- Labour-market positions as UWV and the Chamber of Commerce supply them (comma-separated codes: employed,
-- self-employed, job-seeker; empty when none is known), and taking part in a basic-skills programme (municipality).
-- Receiving a benefit is not here: it comes from the benefit facts (benefit_period), per day.
alter table scheme_applicant add column positions varchar(60) default '' not null;
alter table scheme_applicant add column literacy_programme boolean default false not null;

-- The target group of a sub-budget in its written form (see TargetExpression), as the window reserved it; null for
-- 'general'. Windows opened before kept only up_to_level: the same group, written out.
alter table scheme_window_pot add column target_group varchar(600);
update scheme_window_pot set target_group = 'education-level up-to ' || up_to_level where up_to_level is not null;
alter table scheme_window_pot add constraint scheme_window_pot_target
    check ((pot = 'general') = (target_group is null));
