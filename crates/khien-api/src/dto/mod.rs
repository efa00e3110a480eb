//! Wire types: what crosses HTTP (and the CLI's `--format json`) as JSON.
//!
//! They are the serialisable counterparts of the domain types, converted by hand, so that the
//! domain stays free of serde and a change of wire format is a visible change here. Inputs
//! refuse unknown fields. Instants are RFC 3339 in UTC; dates are `YYYY-MM-DD`.
//!
//! One module per area, as the routes: `account`, `orgs`, `catalogue`, `cases`, `system`; what
//! they share is in `common`. Everything is re-exported here, so `crate::dto::X` names each type.

#[macro_use]
mod common;

mod account;
mod cases;
mod catalogue;
mod orgs;
mod registers;
mod system;

pub use account::*;
pub use cases::*;
pub use catalogue::*;
pub(crate) use common::*;
pub use orgs::*;
pub use registers::*;
pub use system::*;
