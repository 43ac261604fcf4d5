//! `GET /api/v1/imports/{id}/receipt` and `/receipt.html`. A download link
//! cannot carry the bearer token (and the portal may be another origin),
//! so both are fetched here and saved from their text.

use transition_domain::wire::receipt::ReceiptDocument;

use super::{Api, ApiError};

/// A receipt as the server wrote it: its bytes, to save as they are, and
/// what they say.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceiptFile {
    pub text: String,
    pub document: ReceiptDocument,
}

impl Api {
    pub async fn receipt(&self, import_id: &str) -> Result<ReceiptFile, ApiError> {
        let text = self.receipt_text(import_id, "receipt").await?;
        let document = serde_json::from_str(&text).map_err(|e| ApiError::Decode(e.to_string()))?;
        Ok(ReceiptFile { text, document })
    }

    /// The printable page, in the partner's language.
    pub async fn receipt_page(&self, import_id: &str) -> Result<String, ApiError> {
        self.receipt_text(import_id, "receipt.html").await
    }

    async fn receipt_text(&self, import_id: &str, file: &str) -> Result<String, ApiError> {
        let path = format!("/imports/{}/{file}", crate::paths::encode(import_id));
        let response = self.send(self.get(&path)).await?;
        response
            .text()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))
    }
}
