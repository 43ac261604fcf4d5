//! The store in portable SQL, compiled once per backend: `sqlite.rs` and
//! `postgres.rs` each include this folder as their `portable` module, with
//! `Backend` (the store, holding a `pool` of its database), `Conn` (a
//! connection) and `DbRow` (a row) named in the including module. The SQL
//! here means the same on SQLite and PostgreSQL (`$n` parameters, BOOLEAN,
//! 64-bit integers, RFC 3339 TEXT times); what differs (opening, backups)
//! is in the including module.
//!
//! One file per aggregate, each with its queries and its rows:
//! `accounts` (partners, their Pinpoint exports and the ingest),
//! `profiles` (business profiles with their locations and solutions),
//! `imports` (committed imports and the claims on their keys), `logos`
//! (uploaded logo images), `drafts` (the import wizard's draft and its submission), `settings`
//! (a partner's settings), `audit` (the trail). This file is the [`Store`] they make together.

use std::path::Path;

use async_trait::async_trait;
use transition_domain::wire::audit::AuditRecord;
use transition_domain::wire::logos::LogoUpload;
use transition_domain::{
    BusinessProfile, IdempotencyKey, ImportId, LogoId, PartnerId, PinpointExport, ProfileId,
    Timestamp,
};

use super::{Backend, Conn, DbRow};
use crate::store::{
    AccountRecord, AuditQuery, CommitOutcome, DraftDeleted, DraftSaved, IngestOutcome, LogoSaved,
    NewDraft, NewImport, Partner, Store, StoreError, StoredDraft, StoredImport, StoredLogo,
    StoredProfile, SubmissionStep,
};

mod accounts;
mod audit;
mod drafts;
mod imports;
mod logos;
mod profiles;
mod settings;

#[async_trait]
impl Store for Backend {
    async fn health(&self) -> Result<(), StoreError> {
        sqlx::query_scalar::<_, i64>("SELECT CAST(1 AS BIGINT)")
            .fetch_one(&self.pool)
            .await?;
        Ok(())
    }

    async fn ready(&self, now: &Timestamp) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO readiness (id, checked_at) VALUES (1, $1)
             ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at",
        )
        .bind(now.as_str())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn ingest_batch(
        &self,
        batch: &[(&PinpointExport, &str)],
        now: &Timestamp,
    ) -> Result<Vec<IngestOutcome>, StoreError> {
        accounts::ingest_batch(self, batch, now).await
    }

    async fn close(&self) {
        self.pool.close().await;
    }

    async fn partners(&self) -> Result<Vec<Partner>, StoreError> {
        accounts::partners(self).await
    }

    async fn partner(&self, partner_id: &PartnerId) -> Result<Option<Partner>, StoreError> {
        accounts::partner(self, partner_id).await
    }

    async fn account(&self, partner_id: &PartnerId) -> Result<Option<AccountRecord>, StoreError> {
        accounts::account(self, partner_id).await
    }

    async fn profiles(&self, partner_id: &PartnerId) -> Result<Vec<StoredProfile>, StoreError> {
        profiles::profiles(self, partner_id).await
    }

    async fn profile(
        &self,
        partner_id: &PartnerId,
        id: &ProfileId,
    ) -> Result<Option<StoredProfile>, StoreError> {
        profiles::profile(self, partner_id, id).await
    }

    async fn create_profile(
        &self,
        partner_id: &PartnerId,
        profile: &BusinessProfile,
        audit: &AuditRecord,
    ) -> Result<bool, StoreError> {
        profiles::create(self, partner_id, profile, audit).await
    }

    async fn update_profile(
        &self,
        partner_id: &PartnerId,
        profile: &BusinessProfile,
        version: i64,
        audit: &AuditRecord,
    ) -> Result<bool, StoreError> {
        profiles::update(self, partner_id, profile, version, audit).await
    }

    async fn import_by_key(
        &self,
        partner_id: &PartnerId,
        key: &IdempotencyKey,
    ) -> Result<Option<StoredImport>, StoreError> {
        imports::find(self, partner_id, imports::Lookup::Key(key.as_str())).await
    }

    async fn import_by_id(
        &self,
        partner_id: &PartnerId,
        id: &ImportId,
    ) -> Result<Option<StoredImport>, StoreError> {
        imports::find(self, partner_id, imports::Lookup::Id(id)).await
    }

    async fn commit_import(&self, import: &NewImport) -> Result<CommitOutcome, StoreError> {
        imports::commit(self, import).await
    }

    async fn claim_commit(
        &self,
        partner_id: &PartnerId,
        key: &IdempotencyKey,
        holder: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<bool, StoreError> {
        imports::claim(self, partner_id, key.as_str(), holder, now, expires_at).await
    }

    async fn release_commit(
        &self,
        partner_id: &PartnerId,
        key: &IdempotencyKey,
        holder: &str,
    ) -> Result<(), StoreError> {
        imports::release(self, partner_id, key.as_str(), holder).await
    }

    async fn backup(&self, to: &Path) -> Result<(), StoreError> {
        self.backup_to(to).await
    }

    async fn audit_records(
        &self,
        partner_id: Option<&PartnerId>,
        query: &AuditQuery,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        audit::records(self, partner_id, query).await
    }

    async fn save_logo(
        &self,
        partner_id: &PartnerId,
        logo: &StoredLogo,
        now: &Timestamp,
        max: usize,
    ) -> Result<LogoSaved, StoreError> {
        logos::save(self, partner_id, logo, now, max).await
    }

    async fn logo_upload(
        &self,
        partner_id: &PartnerId,
        id: &LogoId,
    ) -> Result<Option<LogoUpload>, StoreError> {
        logos::facts(self, partner_id, id).await
    }

    async fn logo_image(
        &self,
        partner_id: &PartnerId,
        id: &LogoId,
    ) -> Result<Option<StoredLogo>, StoreError> {
        logos::image(self, partner_id, id).await
    }

    async fn draft(&self, partner_id: &PartnerId) -> Result<Option<StoredDraft>, StoreError> {
        drafts::draft(self, partner_id).await
    }

    async fn save_draft(
        &self,
        partner_id: &PartnerId,
        draft: &NewDraft,
        expected: Option<&str>,
    ) -> Result<DraftSaved, StoreError> {
        drafts::save(self, partner_id, draft, expected).await
    }

    async fn delete_draft(
        &self,
        partner_id: &PartnerId,
        expected: Option<&str>,
    ) -> Result<DraftDeleted, StoreError> {
        drafts::delete(self, partner_id, expected).await
    }

    async fn submit_draft(
        &self,
        partner_id: &PartnerId,
        revision: &str,
        submission_json: &str,
        audit: &AuditRecord,
    ) -> Result<SubmissionStep, StoreError> {
        drafts::submit(self, partner_id, revision, submission_json, audit).await
    }

    async fn end_submission(
        &self,
        partner_id: &PartnerId,
        submission_json: &str,
        revision: &str,
        returned_json: Option<&str>,
        audit: &AuditRecord,
    ) -> Result<SubmissionStep, StoreError> {
        drafts::end_submission(
            self,
            partner_id,
            submission_json,
            revision,
            returned_json,
            audit,
        )
        .await
    }

    async fn imports_need_second_admin(
        &self,
        partner_id: &PartnerId,
    ) -> Result<Option<bool>, StoreError> {
        settings::imports_need_second_admin(self, partner_id).await
    }

    async fn set_imports_need_second_admin(
        &self,
        partner_id: &PartnerId,
        value: bool,
        now: &Timestamp,
        audit: &AuditRecord,
    ) -> Result<(), StoreError> {
        settings::set_imports_need_second_admin(self, partner_id, value, now, audit).await
    }
}
