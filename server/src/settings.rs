//! A partner's settings as the routes read them: its own choice, else the
//! server's default (`--approval-default`).

use transition_domain::PartnerId;

use crate::error::ApiError;
use crate::state::AppState;

/// Whether the partner's imports need a second admin.
pub async fn need_second_admin(state: &AppState, partner_id: &PartnerId) -> Result<bool, ApiError> {
    Ok(state
        .store
        .imports_need_second_admin(partner_id)
        .await?
        .unwrap_or(state.config.approval_default))
}
