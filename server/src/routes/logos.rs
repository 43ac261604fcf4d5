//! Logo images: `POST /logos` keeps an image the partner uploads, after
//! reading its real format and size from its bytes (never its name, its
//! `Content-Type` or the client's word) and checking them by the domain's
//! one logo rule; `GET /logos/{id}` serves it back to its partner.
//! [`resolve`] puts an upload's stored facts into a profile's logo before
//! any rule reads it.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use transition_domain::input::LogoInput;
use transition_domain::validate::check_logo_image;
use transition_domain::wire::logos::{LogoUpload, MAX_LOGOS_PER_PARTNER, MAX_LOGO_BYTES};
use transition_domain::{Code, Issue, LogoId, PartnerId};

use crate::auth::Caller;
use crate::clock::{new_id, now};
use crate::error::ApiError;
use crate::problem::lang_of;
use crate::state::AppState;
use crate::store::{LogoSaved, StoredLogo};

/// The 413 of a file over [`MAX_LOGO_BYTES`].
fn too_large() -> ApiError {
    ApiError::new(Code::PayloadTooLarge).with("limit", MAX_LOGO_BYTES)
}

/// The name of a format `imagesize` recognised, as the domain's rule
/// reads it (`bmp`, `webp`, ... are named, to be refused by name).
fn format_name(kind: imagesize::ImageType) -> String {
    use imagesize::ImageType;
    match kind {
        ImageType::Gif => "gif".to_owned(),
        ImageType::Jpeg => "jpg".to_owned(),
        ImageType::Png => "png".to_owned(),
        other => {
            let name = format!("{other:?}").to_ascii_lowercase();
            name.split('(').next().unwrap_or_default().to_owned()
        }
    }
}

/// The facts of an image read from its bytes: its format's name and
/// size, or `None` for bytes that are no image `imagesize` can read.
fn sniff(bytes: &[u8]) -> Option<(String, u32, u32)> {
    let kind = imagesize::image_type(bytes).ok()?;
    let size = imagesize::blob_size(bytes).ok()?;
    let width = u32::try_from(size.width).unwrap_or(u32::MAX);
    let height = u32::try_from(size.height).unwrap_or(u32::MAX);
    Some((format_name(kind), width, height))
}

#[utoipa::path(
    post,
    path = "/logos",
    tag = "logos",
    security(("bearer" = [])),
    request_body(content = Vec<u8>, description = "The image's bytes (GIF, JPG or PNG, at most 300 px wide, at most 1 MiB). Its Content-Type and file name are not read.", content_type = "application/octet-stream"),
    responses(
        (status = 201, description = "Kept: the facts read from the bytes; a taller-than-wide logo is kept too", body = LogoUpload, headers(("Location" = String, description = "The logo's URL"))),
        (status = 409, description = "logo_uploads_full: the partner's uploaded logos are all used by business profiles", body = crate::error::Problem),
        (status = 413, description = "payload_too_large: over 1 MiB", body = crate::error::Problem),
        (status = 422, description = "validation_failed: logo_unreadable, logo_format_unsupported (not GIF, JPG or PNG), logo_too_wide", body = crate::error::Problem)
    )
)]
pub async fn logos_upload(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    // Before a byte of the body is read.
    caller.require_write()?;
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_LOGO_BYTES as u64) {
        return Err(too_large());
    }
    // Read up to the limit and no further.
    let bytes = axum::body::to_bytes(body, MAX_LOGO_BYTES)
        .await
        .map_err(|error| {
            let too_long = std::error::Error::source(&error)
                .is_some_and(|source| source.is::<http_body_util::LengthLimitError>());
            if too_long {
                too_large()
            } else {
                ApiError::malformed("", error.to_string())
            }
        })?;
    let facts = sniff(&bytes);
    let (name, width, height) = match &facts {
        Some((name, width, height)) => (Some(name.as_str()), *width, *height),
        None => (None, 0, 0),
    };
    let (format, issues) = check_logo_image(name, width, height, "");
    let Some(format) = format else {
        return Err(ApiError::from_issues(issues));
    };
    let upload = LogoUpload {
        id: LogoId::from(new_id()),
        format,
        width,
        height,
        byte_size: bytes.len() as u64,
        warnings: Vec::new(),
    };
    let logo = StoredLogo {
        upload,
        bytes: bytes.to_vec(),
    };
    match state
        .store
        .save_logo(&caller.partner_id, &logo, &now(), MAX_LOGOS_PER_PARTNER)
        .await?
    {
        LogoSaved::Saved => {}
        LogoSaved::Full => {
            return Err(ApiError::new(Code::LogoUploadsFull).with("limit", MAX_LOGOS_PER_PARTNER))
        }
    }
    let location = format!("{}/logos/{}", crate::routes::API_BASE, logo.upload.id);
    let messages = transition_domain::locales::messages(lang_of(&headers));
    let answer = LogoUpload {
        warnings: issues.iter().map(|i| i.localized(messages)).collect(),
        ..logo.upload
    };
    let mut response = (StatusCode::CREATED, axum::Json(answer)).into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    Ok(response)
}

#[utoipa::path(
    get,
    path = "/logos/{id}",
    tag = "logos",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The logo's id, as its upload answered")),
    responses(
        (status = 200, description = "The image's bytes as uploaded, with the media type read from them", content_type = "image/png", body = Vec<u8>)
    )
)]
pub async fn logos_get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let logo = state
        .store
        .logo_image(&caller.partner_id, &LogoId::from(id))
        .await?
        .ok_or_else(ApiError::not_found)?;
    let media_type = logo.upload.format.media_type();
    let filename = format!(
        "inline; filename=\"logo-{}.{}\"",
        logo.upload.id,
        logo.upload.format.as_str()
    );
    let mut response = (StatusCode::OK, logo.bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // An upload never changes: its id names these bytes for good; only
    // the partner's own browser keeps it.
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=31536000, immutable"),
    );
    // Opened on its own, the image runs nothing and loads nothing.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    if let Ok(value) = HeaderValue::from_str(&filename) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// Puts the stored facts of `logo`'s upload, when it names one, in place
/// of what the client said (format, width, height; no web address). An
/// id the partner has not uploaded is refused at `at` (422
/// `logo_upload_unknown`).
pub async fn resolve(
    state: &AppState,
    partner_id: &PartnerId,
    logo: &mut LogoInput,
    at: &str,
) -> Result<(), ApiError> {
    let Some(id) = &logo.upload else {
        return Ok(());
    };
    let Some(upload) = state.store.logo_upload(partner_id, id).await? else {
        return Err(ApiError::from_issues(vec![Issue::error(
            Code::LogoUploadUnknown,
            format!("{at}/upload"),
        )
        .with("id", id.as_str())]));
    };
    logo.url = String::new();
    logo.format = upload.format.as_str().to_owned();
    logo.width = upload.width;
    logo.height = upload.height;
    Ok(())
}

/// A change's logo, by a caller who must have a role that writes
/// (checked first): [`resolve`]d at `/logo` when there is one.
pub async fn resolve_written(
    state: &AppState,
    caller: &Caller,
    logo: Option<&mut LogoInput>,
) -> Result<(), ApiError> {
    caller.require_write()?;
    match logo {
        Some(logo) => resolve(state, &caller.partner_id, logo, "/logo").await,
        None => Ok(()),
    }
}

/// [`resolve`] for every selection's logo override of an import request.
pub async fn resolve_request(
    state: &AppState,
    partner_id: &PartnerId,
    request: &mut transition_domain::ImportRequest,
) -> Result<(), ApiError> {
    for (k, selection) in request.selections.iter_mut().enumerate() {
        if let Some(Some(logo)) = selection.overrides.logo.as_mut() {
            resolve(
                state,
                partner_id,
                logo,
                &format!("/selections/{k}/overrides/logo"),
            )
            .await?;
        }
    }
    Ok(())
}
