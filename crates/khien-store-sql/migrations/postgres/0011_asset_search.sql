-- The asset's name in folded form (khien_domain::fold: lower case, Vietnamese diacritics
-- dropped, đ → d), written by the store with the name, so that the catalogue's search by name
-- runs in the database and "nguyen" finds "Nguyễn". Rows written before this migration are
-- filled in by the store when it opens the database (the fold is not expressible in SQL).
ALTER TABLE data_assets ADD COLUMN name_folded TEXT;
