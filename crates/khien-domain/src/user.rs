//! Users and their roles in organisations.

use time::OffsetDateTime;

use crate::{Email, OrgId, Text, UserId, code_enum};

code_enum! {
    /// A user's role in one organisation. Roles are per organisation: the same person may be
    /// staff in one and auditor in another.
    Role, field = "role", allowed = "dpo, protection_unit, staff, auditor, supervisor" {
        /// Người chịu trách nhiệm về bảo vệ dữ liệu (Decree 165/2025 Art. 18.2): manages the
        /// registry and the organisation's users.
        Dpo => ("dpo", "Người chịu trách nhiệm bảo vệ dữ liệu"),
        /// Bộ phận bảo vệ an toàn dữ liệu (Art. 18.3): keeps the registry.
        ProtectionUnit => ("protection_unit", "Bộ phận bảo vệ an toàn dữ liệu"),
        /// Staff who process data: read the registry.
        Staff => ("staff", "Nhân viên xử lý dữ liệu"),
        /// An auditor or inspector: reads everything, never writes.
        Auditor => ("auditor", "Kiểm toán viên, thanh tra"),
        /// A member of a supervising authority (organisation of kind `authority`): reads the
        /// organisations that authority oversees.
        Supervisor => ("supervisor", "Cán bộ giám sát (Công an tỉnh, A05)"),
    }
}

impl Role {
    /// Whether a credential acting with this role gives no more than `held` gives, so that
    /// an owner holding `held` may put it in a token (issue 13: least privilege for
    /// systems). The DPO manages the registry (Decree 165/2025 Art. 18.2) and the data
    /// protection unit keeps it (Art. 18.3): both cover staff's reading and auditors'
    /// read-only access; a supervisor's reach comes from its authority and is its own.
    pub fn within(self, held: Role) -> bool {
        use Role::{Auditor, Dpo, ProtectionUnit, Staff, Supervisor};
        match self {
            Dpo => held == Dpo,
            ProtectionUnit => matches!(held, Dpo | ProtectionUnit),
            Staff => matches!(held, Dpo | ProtectionUnit | Staff),
            Auditor => matches!(held, Dpo | ProtectionUnit | Auditor),
            Supervisor => held == Supervisor,
        }
    }
}

/// A user account. The password hash is not part of it: it lives only in the store and in
/// the authentication code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Identifier.
    pub id: UserId,
    /// Login name and contact address.
    pub email: Email,
    /// Name shown to people.
    pub display_name: Text,
    /// A disabled account cannot log in and its tokens stop working.
    pub disabled: bool,
    /// When the account was created.
    pub created_at: OffsetDateTime,
}

/// A user's role in an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Membership {
    /// The organisation.
    pub org_id: OrgId,
    /// The role held there.
    pub role: Role,
}

#[cfg(test)]
mod tests {
    use super::Role::{self, *};

    /// Which role a token may carry for a role its owner holds (issue 13; Decree 165/2025
    /// Art. 18.2, 18.3).
    #[test]
    fn a_token_role_gives_no_more_than_the_held_role() {
        let table: &[(Role, &[Role])] = &[
            (Dpo, &[Dpo]),
            (ProtectionUnit, &[Dpo, ProtectionUnit]),
            (Staff, &[Dpo, ProtectionUnit, Staff]),
            (Auditor, &[Dpo, ProtectionUnit, Auditor]),
            (Supervisor, &[Supervisor]),
        ];
        for (role, within) in table {
            for held in [Dpo, ProtectionUnit, Staff, Auditor, Supervisor] {
                assert_eq!(
                    role.within(held),
                    within.contains(&held),
                    "{role:?} within {held:?}"
                );
            }
        }
    }
}
