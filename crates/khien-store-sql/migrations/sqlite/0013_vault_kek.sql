-- Key rotation finds the live keys wrapped under a key-encryption key (Decree 165/2025 Art. 11).
CREATE INDEX vault_keys_kek ON vault_keys (kek) WHERE wrapped IS NOT NULL;
