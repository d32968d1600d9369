-- A booking made with a professional who does not speak the language stated for the client keeps that the booker
-- chose so (allowLanguageMismatch). A column with a constant default: no rewrite of the table.
alter table booking add column language_mismatch_allowed boolean not null default false;
