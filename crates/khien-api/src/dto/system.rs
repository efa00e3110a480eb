//! The system: the health check.

use serde::Serialize;
use utoipa::ToSchema;

/// The health check's answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct HealthDto {
    /// `ok` or `unavailable`.
    pub status: &'static str,
    /// The registry backend (`sqlite`, `postgres`).
    pub database: &'static str,
}
