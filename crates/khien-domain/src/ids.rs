//! Identifiers. Each is a UUID behind its own type so that an asset id can never be passed
//! where an organisation id is expected. They are made by the shell (from randomness it owns)
//! and parsed from text at the edge.

use uuid::Uuid;

/// An identifier whose first 48 bits are the time in milliseconds since 1970 (the layout of
/// UUID version 7, RFC 9562 section 5.7) and the other 74 random (from the caller's
/// randomness). Rows keyed by it go to the end of their index instead of anywhere in it: a
/// random key dirtied about one index page per row written (BENCHMARKS.md, "The vault"). It
/// tells whoever holds it when it was made, to the millisecond.
pub fn time_ordered_uuid(at: time::OffsetDateTime, random: [u8; 10]) -> Uuid {
    let millis = u64::try_from(at.unix_timestamp_nanos() / 1_000_000).unwrap_or(0);
    let mut b = [0u8; 16];
    b[..6].copy_from_slice(&millis.to_be_bytes()[2..]);
    b[6] = 0x70 | (random[0] & 0x0f);
    b[7] = random[1];
    b[8] = 0x80 | (random[2] & 0x3f);
    b[9..].copy_from_slice(&random[3..]);
    Uuid::from_bytes(b)
}

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

    #[test]
    fn time_ordered_ids_are_version_7_and_carry_their_millisecond() {
        let at = time::macros::datetime!(2026-12-07 06:40:01.234 UTC);
        let id = time_ordered_uuid(at, [0xff; 10]);
        assert_eq!(id.get_version_num(), 7);
        assert_eq!(id.get_variant(), uuid::Variant::RFC4122);
        let (secs, nanos) = id.get_timestamp().map(|t| t.to_unix()).unwrap_or_default();
        assert_eq!((secs, nanos), (1_796_625_601, 234_000_000));
    }

    proptest::proptest! {
        /// Made a millisecond or more apart, whatever their random parts, they sort in the
        /// order they were made.
        #[test]
        fn later_ids_sort_after(
            ms in 0i64..4_000_000_000_000,
            gap in 1i64..1_000_000,
            a in proptest::prelude::any::<[u8; 10]>(),
            b in proptest::prelude::any::<[u8; 10]>(),
        ) {
            let t = |ms: i64| time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).unwrap();
            proptest::prop_assert!(time_ordered_uuid(t(ms), a) < time_ordered_uuid(t(ms + gap), b));
        }
    }
}
