-- Which instance resubmits an incomplete event publication (PublicationClaims): a claim per publication, taken by one
-- insert-or-update that only one of several instances can win, and left to its winner for a while (its listener may be
-- running). Spring Modulith's own guard lets a second instance resubmit a publication whose listener has already
-- started. Rows of publications that are gone are deleted by the maintenance.
create table platform.publication_claim
(
    id         uuid                     not null primary key,
    claimed_at timestamp with time zone not null
);

grant select, insert, update, delete on platform.publication_claim to ${app_role};
