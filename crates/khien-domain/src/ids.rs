//! Identifiers. Each is a UUID behind its own type so that an asset id can never be passed
//! where an organisation id is expected. They are made by the shell (from randomness it owns)
//! and parsed from text at the edge.

use uuid::Uuid;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(Uuid);

        impl $name {
            /// Wraps a UUID.
            pub const fn from_uuid(id: Uuid) -> Self {
                Self(id)
            }
            /// Makes an identifier from 16 random bytes supplied by the caller.
            pub fn from_random(bytes: [u8; 16]) -> Self {
                Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
            }
            /// The UUID.
            pub const fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = crate::DomainError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self).map_err(|_| crate::DomainError::Invalid {
                    field: "id",
                    rule: "expected a UUID",
                })
            }
        }
    };
}

id_type!(
    /// An organisation (tenant).
    OrgId
);
id_type!(
    /// A user account.
    UserId
);
id_type!(
    /// An entry of one of the registers (issue 16).
    RegisterEntryId
);
id_type!(
    /// A consent recorded in the consent ledger (issue 17).
    ConsentId
);
id_type!(
    /// A data asset in the catalogue.
    AssetId
);
id_type!(
    /// A processing activity.
    ActivityId
);
id_type!(
    /// An API token.
    TokenId
);
id_type!(
    /// A login session.
    SessionId
);
id_type!(
    /// An invitation to join an organisation.
    InvitationId
);
id_type!(
    /// A case (breach, data subject request, cross-border transfer, ...).
    CaseId
);
id_type!(
    /// A discovery scan whose results were written to the catalogue.
    ScanId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        let id = AssetId::from_random([7; 16]);
        assert_eq!(id.to_string().parse::<AssetId>().unwrap(), id);
        assert!("not-a-uuid".parse::<AssetId>().is_err());
        // Version 4 bits are set even though the caller supplied the bytes.
        assert_eq!(id.as_uuid().get_version_num(), 4);
    }
}
