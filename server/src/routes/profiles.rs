//! Business profiles after the import. Every change is one of the domain's
//! operations (`transition_domain::ops`) applied to the stored profile and
//! saved only if the profile did not change meanwhile (optimistic
//! concurrency on its version; a lost race is retried on fresh data).

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use transition_domain::audit::{location_fields, profile_fields, solution_fields};
use transition_domain::model::ProfileDraft;
use transition_domain::ops::{self, LocationPatch, NewLocation, Outcome};
use transition_domain::request::{ProfileOverrides, SolutionOverrides};
use transition_domain::wire::audit::Change;
use transition_domain::wire::profiles::{ProfileList, SolutionIds};
use transition_domain::{BusinessProfile, Code, LocationId, ProfileId, SolutionId};

use crate::clock::new_id;
use crate::routes::{logos, API_BASE};
use crate::{auth::Caller, error::ApiError, extract::Json, state::AppState};

/// How many times a change is retried when the profile changed meanwhile.
const ATTEMPTS: usize = 5;

/// Applies `op` to the caller's profile `id` and saves the result with
/// its audit record (`describe` of the profile before and after), both or
/// neither.
async fn change(
    state: &AppState,
    caller: &Caller,
    id: &ProfileId,
    op: impl Fn(&BusinessProfile) -> Outcome,
    describe: impl Fn(&BusinessProfile, &BusinessProfile) -> Change,
) -> Result<BusinessProfile, ApiError> {
    caller.require_write()?;
    for _ in 0..ATTEMPTS {
        let stored = state
            .store
            .profile(&caller.partner_id, id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let applied = op(&stored.profile)?;
        let audit = caller.record(describe(&stored.profile, &applied.profile));
        if state
            .store
            .update_profile(&caller.partner_id, &applied.profile, stored.version, &audit)
            .await?
        {
            return Ok(applied.profile);
        }
    }
    // Nothing was changed; the caller may simply retry.
    tracing::warn!(profile = %id, "gave up after {ATTEMPTS} concurrent changes");
    Err(ApiError::new(Code::ProfileBusy))
}

fn created(profile: BusinessProfile, location: String) -> Response {
    let mut response = (StatusCode::CREATED, axum::Json(profile)).into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

#[utoipa::path(
    get,
    path = "/business-profiles",
    tag = "profiles",
    security(("bearer" = [])),
    responses(
        (status = 200, body = ProfileList)
    )
)]
pub async fn profiles_list(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<axum::Json<ProfileList>, ApiError> {
    let items = state
        .store
        .profiles(&caller.partner_id)
        .await?
        .into_iter()
        .map(|stored| stored.profile)
        .collect();
    Ok(axum::Json(ProfileList { items }))
}

#[utoipa::path(
    post,
    path = "/business-profiles",
    tag = "profiles",
    security(("bearer" = [])),
    request_body = ProfileDraft,
    responses(
        (status = 201, description = "Created", body = ProfileDraft, headers(("Location" = String, description = "The profile's URL"))),
        (status = 403, description = "role_required; csp_only: only CSP partners create profiles", body = crate::error::Problem),
        (status = 409, description = "region_already_has_profile; solutions_import_only: a new profile has no solutions", body = crate::error::Problem)
    )
)]
pub async fn profiles_create(
    State(state): State<AppState>,
    caller: Caller,
    Json(mut draft): Json<ProfileDraft>,
) -> Result<Response, ApiError> {
    logos::resolve_written(&state, &caller, draft.logo.as_mut()).await?;
    // The portal's `csp` claim, when the token has one, is authoritative.
    let csp = match caller.csp {
        Some(csp) => csp,
        None => state
            .store
            .partner(&caller.partner_id)
            .await?
            .is_some_and(|partner| partner.csp),
    };
    let existing: Vec<BusinessProfile> = state
        .store
        .profiles(&caller.partner_id)
        .await?
        .into_iter()
        .map(|stored| stored.profile)
        .collect();
    let applied = ops::create_profile(csp, &existing, &draft, new_id)?;
    let profile = applied.profile;
    let audit = caller.record(Change::ProfileCreate {
        profile_id: profile.id.clone(),
        region: profile.region.to_string(),
    });
    if !state
        .store
        .create_profile(&caller.partner_id, &profile, &audit)
        .await?
    {
        return Err(ApiError::from_issues(vec![
            transition_domain::Issue::error(
                transition_domain::Code::RegionAlreadyHasProfile,
                "/region",
            )
            .with("region", profile.region.as_str()),
        ]));
    }
    let location = format!("{API_BASE}/business-profiles/{}", profile.id);
    Ok(created(profile, location))
}

#[utoipa::path(
    get,
    path = "/business-profiles/{id}",
    tag = "profiles",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = ProfileDraft)
    )
)]
pub async fn profiles_get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<ProfileId>,
) -> Result<axum::Json<BusinessProfile>, ApiError> {
    let stored = state
        .store
        .profile(&caller.partner_id, &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(axum::Json(stored.profile))
}

#[utoipa::path(
    patch,
    path = "/business-profiles/{id}",
    tag = "profiles",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = ProfileOverrides,
    responses(
        (status = 200, description = "The profile as saved", body = ProfileDraft)
    )
)]
pub async fn profiles_edit(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<ProfileId>,
    Json(mut patch): Json<ProfileOverrides>,
) -> Result<axum::Json<BusinessProfile>, ApiError> {
    let logo = patch.logo.as_mut().and_then(Option::as_mut);
    logos::resolve_written(&state, &caller, logo).await?;
    let profile = change(
        &state,
        &caller,
        &id,
        |p| ops::edit_profile(p, &patch),
        |before, after| Change::ProfileEdit {
            profile_id: after.id.clone(),
            fields: profile_fields(before, after),
        },
    )
    .await?;
    Ok(axum::Json(profile))
}

#[utoipa::path(
    post,
    path = "/business-profiles/{id}/locations",
    tag = "profiles",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = NewLocation,
    responses(
        (status = 201, description = "The profile as saved, with the new location last", body = ProfileDraft, headers(("Location" = String, description = "The location's URL")))
    )
)]
pub async fn locations_add(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<ProfileId>,
    Json(location): Json<NewLocation>,
) -> Result<Response, ApiError> {
    let location_id = new_id();
    let profile = change(
        &state,
        &caller,
        &id,
        |p| ops::add_location(p, &location, location_id.clone()),
        |_, after| Change::LocationAdd {
            profile_id: after.id.clone(),
            location_id: LocationId::from(&location_id),
        },
    )
    .await?;
    let url = format!("{API_BASE}/business-profiles/{id}/locations/{location_id}");
    Ok(created(profile, url))
}

#[utoipa::path(
    delete,
    path = "/business-profiles/{id}/locations/{lid}",
    tag = "profiles",
    security(("bearer" = [])),
    params(("id" = String, Path), ("lid" = String, Path)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 422, description = "validation_failed: e.g. locations_empty, a profile keeps one location", body = crate::error::Problem)
    )
)]
pub async fn locations_delete(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, lid)): Path<(ProfileId, LocationId)>,
) -> Result<StatusCode, ApiError> {
    change(
        &state,
        &caller,
        &id,
        |p| ops::delete_location(p, &lid),
        |_, after| Change::LocationDelete {
            profile_id: after.id.clone(),
            location_id: lid.clone(),
        },
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    patch,
    path = "/business-profiles/{id}/locations/{lid}",
    tag = "profiles",
    security(("bearer" = [])),
    params(("id" = String, Path), ("lid" = String, Path)),
    request_body = LocationPatch,
    responses(
        (status = 200, description = "The profile as saved", body = ProfileDraft),
        (status = 409, description = "location_address_immutable: an address never changes", body = crate::error::Problem)
    )
)]
pub async fn locations_edit(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, lid)): Path<(ProfileId, LocationId)>,
    Json(patch): Json<LocationPatch>,
) -> Result<axum::Json<BusinessProfile>, ApiError> {
    let location_id = lid.clone();
    let profile = change(
        &state,
        &caller,
        &id,
        |p| ops::edit_location(p, &lid, &patch),
        |before, after| Change::LocationEdit {
            profile_id: after.id.clone(),
            location_id: location_id.clone(),
            fields: location_fields(before, after, &location_id),
        },
    )
    .await?;
    Ok(axum::Json(profile))
}

#[utoipa::path(
    put,
    path = "/business-profiles/{id}/locations/{lid}/solutions",
    tag = "profiles",
    security(("bearer" = [])),
    params(("id" = String, Path), ("lid" = String, Path)),
    request_body = SolutionIds,
    responses(
        (status = 200, description = "The profile as saved", body = ProfileDraft),
        (status = 422, description = "validation_failed: e.g. location_solution_unknown", body = crate::error::Problem)
    )
)]
pub async fn location_solutions_set(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, lid)): Path<(ProfileId, LocationId)>,
    Json(body): Json<SolutionIds>,
) -> Result<axum::Json<BusinessProfile>, ApiError> {
    let location_id = lid.clone();
    let profile = change(
        &state,
        &caller,
        &id,
        |p| ops::set_location_solutions(p, &lid, &body.solution_ids),
        |_, after| Change::LocationSolutionsSet {
            profile_id: after.id.clone(),
            location_id: location_id.clone(),
            // As saved (the operation may order them).
            solution_ids: after
                .locations
                .iter()
                .find(|l| l.id == location_id)
                .map(|l| l.solution_ids.clone())
                .unwrap_or_default(),
        },
    )
    .await?;
    Ok(axum::Json(profile))
}

/// Always refused: solutions come only from an import (but a profile that
/// is not the caller's is still 404, and a read-only caller still 403).
#[utoipa::path(
    post,
    path = "/business-profiles/{id}/solutions",
    tag = "profiles",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 409, description = "solutions_import_only: always; solutions come only from an import", body = crate::error::Problem)
    )
)]
pub async fn solutions_add(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<ProfileId>,
) -> Result<Response, ApiError> {
    caller.require_write()?;
    let stored = state
        .store
        .profile(&caller.partner_id, &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    ops::add_solution(&stored.profile)?;
    // `add_solution` refuses every call; reaching here would be a bug.
    tracing::error!(profile = %id, "add_solution accepted a solution");
    Err(ApiError::internal())
}

#[utoipa::path(
    patch,
    path = "/business-profiles/{id}/solutions/{sid}",
    tag = "profiles",
    security(("bearer" = [])),
    params(("id" = String, Path), ("sid" = String, Path)),
    request_body = SolutionOverrides,
    responses(
        (status = 200, description = "The profile as saved", body = ProfileDraft)
    )
)]
pub async fn solutions_edit(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, sid)): Path<(ProfileId, SolutionId)>,
    Json(patch): Json<SolutionOverrides>,
) -> Result<axum::Json<BusinessProfile>, ApiError> {
    let solution_id = sid.clone();
    let profile = change(
        &state,
        &caller,
        &id,
        |p| ops::edit_solution(p, &sid, &patch),
        |before, after| Change::SolutionEdit {
            profile_id: after.id.clone(),
            solution_id: solution_id.clone(),
            fields: solution_fields(before, after, &solution_id),
        },
    )
    .await?;
    Ok(axum::Json(profile))
}

#[utoipa::path(
    delete,
    path = "/business-profiles/{id}/solutions/{sid}",
    tag = "profiles",
    security(("bearer" = [])),
    params(("id" = String, Path), ("sid" = String, Path)),
    responses(
        (status = 204, description = "Deleted, and gone from every location")
    )
)]
pub async fn solutions_delete(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, sid)): Path<(ProfileId, SolutionId)>,
) -> Result<StatusCode, ApiError> {
    change(
        &state,
        &caller,
        &id,
        |p| ops::delete_solution(p, &sid),
        |_, after| Change::SolutionDelete {
            profile_id: after.id.clone(),
            solution_id: sid.clone(),
        },
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
