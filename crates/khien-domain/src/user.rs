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
