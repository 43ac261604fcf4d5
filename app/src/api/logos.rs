//! `POST /api/v1/logos` and `GET /api/v1/logos/{id}`: a logo's bytes up,
//! its image back as a blob (an `<img>` cannot send the bearer token to
//! another origin, so the image is fetched here and shown from an object
//! URL).

use gloo_net::http::Request;
use transition_domain::wire::logos::LogoUpload;
use transition_domain::LogoId;
use wasm_bindgen::JsCast;

use super::{read, Api, ApiError};

impl Api {
    /// Uploads the file's bytes as they are; the server reads its format
    /// and size from them.
    pub async fn upload_logo(&self, file: &web_sys::File) -> Result<LogoUpload, ApiError> {
        let request = self
            .with_headers(Request::post(&self.url("/logos")))
            .header("Content-Type", "application/octet-stream")
            .body(wasm_bindgen::JsValue::from(file.clone()))
            .map_err(|e| ApiError::Network(e.to_string()))?;
        read(self.exchange(request).await?).await
    }

    /// An uploaded logo's image, typed by the server's media type.
    pub async fn logo_image(&self, id: &LogoId) -> Result<web_sys::Blob, ApiError> {
        let path = format!("/logos/{}", crate::paths::encode(id));
        let response = self.send(self.get(&path)).await?;
        let promise = web_sys::Response::from(response)
            .blob()
            .map_err(|_| ApiError::Decode("no image".to_owned()))?;
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|blob| blob.dyn_into::<web_sys::Blob>().ok())
            .ok_or_else(|| ApiError::Decode("no image".to_owned()))
    }
}
