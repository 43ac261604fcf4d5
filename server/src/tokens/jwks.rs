//! The portal's public keys as a JWK set, kept fresh in the background:
//! a file reloaded when it changes, a URL fetched again when older than
//! its maximum age, and either reloaded (rate-limited) on a token naming an
//! unknown `kid`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

use super::fetch::{check_url, get_json, http_client, HttpClient};
use super::keys::{JwksError, KeySet};

/// How a JWKS is kept fresh.
#[derive(Debug, Clone)]
pub struct JwksOptions {
    /// File: how often its modification time is looked at.
    pub file_poll: Duration,
    /// URL: the age after which the set is fetched again.
    pub max_age: Duration,
    /// The least time between two reloads asked for by unknown `kid`s
    /// (or between a failed fetch and the next).
    pub min_refresh: Duration,
    /// How long a request with an unknown `kid` waits for the reload it
    /// triggered before it is refused; the reload goes on regardless.
    pub unknown_kid_wait: Duration,
    /// URL: the longest a fetch may take.
    pub fetch_timeout: Duration,
    /// URL: the largest response accepted, in bytes.
    pub max_bytes: usize,
    /// URL: plain `http://` to a loopback host is accepted (tests only;
    /// otherwise only `https://`).
    pub allow_http_loopback: bool,
}

impl Default for JwksOptions {
    fn default() -> Self {
        JwksOptions {
            file_poll: Duration::from_secs(5),
            max_age: Duration::from_secs(3600),
            min_refresh: Duration::from_secs(30),
            unknown_kid_wait: Duration::from_secs(2),
            fetch_timeout: Duration::from_secs(10),
            max_bytes: 256 * 1024,
            allow_http_loopback: false,
        }
    }
}

/// Where a JWKS comes from.
enum JwksSource {
    File(PathBuf),
    Url { url: String, client: HttpClient },
}

impl JwksSource {
    fn origin(&self) -> String {
        match self {
            JwksSource::File(path) => path.display().to_string(),
            JwksSource::Url { url, .. } => url.clone(),
        }
    }
}

/// What identifies a version of the JWKS file without reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileStamp {
    modified: Option<SystemTime>,
    len: u64,
    inode: u64,
}

impl FileStamp {
    fn of(metadata: &std::fs::Metadata) -> FileStamp {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(metadata);
        #[cfg(not(unix))]
        let inode = 0;
        FileStamp {
            modified: metadata.modified().ok(),
            len: metadata.len(),
            inode,
        }
    }
}

struct RefreshState {
    in_progress: bool,
    /// The last look at the file's stamp, or the last fetch started.
    last_check: Instant,
    /// The last reload asked for by an unknown `kid`.
    last_forced: Option<Instant>,
    /// When the keys in use were loaded.
    loaded_at: Instant,
    file_stamp: Option<FileStamp>,
    /// Whether the last fetch failed (then retried after `min_refresh`).
    failing: bool,
}

/// A JWK set kept fresh in the background.
pub struct Jwks {
    source: JwksSource,
    pub(super) options: JwksOptions,
    current: RwLock<Arc<KeySet>>,
    refresh: Mutex<RefreshState>,
    /// Bumped after every reload attempt; requests waiting on an unknown
    /// `kid` watch it.
    generation: tokio::sync::watch::Sender<u64>,
}

impl std::fmt::Debug for Jwks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jwks")
            .field("source", &self.source.origin())
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reason {
    Poll,
    UnknownKid,
}

impl Jwks {
    /// Loads a JWKS file (it must hold at least one usable key).
    pub async fn from_file(path: &Path, options: JwksOptions) -> Result<Jwks, JwksError> {
        let source = JwksSource::File(path.to_path_buf());
        let (set, stamp) = load_file(path).await?;
        Ok(Jwks::with(source, options, set, Some(stamp)))
    }

    /// Fetches a JWKS over HTTPS (it must hold at least one usable key);
    /// plain HTTP only to a loopback host, when the options allow it.
    pub async fn from_url(url: &str, options: JwksOptions) -> Result<Jwks, JwksError> {
        check_url(url, options.allow_http_loopback).map_err(|reason| JwksError::Fetch {
            url: url.to_owned(),
            reason,
        })?;
        let client = http_client(options.fetch_timeout).map_err(|reason| JwksError::Fetch {
            url: url.to_owned(),
            reason,
        })?;
        let set = fetch(&client, url, &options).await?;
        let source = JwksSource::Url {
            url: url.to_owned(),
            client,
        };
        Ok(Jwks::with(source, options, set, None))
    }

    fn with(
        source: JwksSource,
        options: JwksOptions,
        set: KeySet,
        file_stamp: Option<FileStamp>,
    ) -> Jwks {
        tracing::info!(source = %source.origin(), keys = set.keys.len(), "JWKS loaded");
        let now = Instant::now();
        Jwks {
            source,
            options,
            current: RwLock::new(Arc::new(set)),
            refresh: Mutex::new(RefreshState {
                in_progress: false,
                last_check: now,
                last_forced: None,
                loaded_at: now,
                file_stamp,
                failing: false,
            }),
            generation: tokio::sync::watch::channel(0).0,
        }
    }

    pub(super) fn keys(&self) -> Arc<KeySet> {
        match self.current.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Starts a reload in the background when one is due; returns a
    /// receiver that changes when a reload (this one or one already
    /// running) ends, or `None` when none is running.
    pub(super) fn maybe_refresh(
        self: &Arc<Self>,
        reason: Reason,
    ) -> Option<tokio::sync::watch::Receiver<u64>> {
        let runtime = tokio::runtime::Handle::try_current().ok()?;
        let receiver = self.generation.subscribe();
        let mut state = match self.refresh.lock() {
            Ok(state) => state,
            Err(poisoned) => poisoned.into_inner(),
        };
        if state.in_progress {
            return Some(receiver);
        }
        let now = Instant::now();
        let since = |t: Instant| now.saturating_duration_since(t);
        let due = match (reason, &self.source) {
            (Reason::UnknownKid, _) => state
                .last_forced
                .is_none_or(|t| since(t) >= self.options.min_refresh),
            (Reason::Poll, JwksSource::File(_)) => {
                since(state.last_check) >= self.options.file_poll
            }
            (Reason::Poll, JwksSource::Url { .. }) => {
                if state.failing {
                    since(state.last_check) >= self.options.min_refresh
                } else {
                    since(state.loaded_at) >= self.options.max_age
                }
            }
        };
        if !due {
            return None;
        }
        state.in_progress = true;
        state.last_check = now;
        if reason == Reason::UnknownKid {
            state.last_forced = Some(now);
        }
        let stamp = state.file_stamp.clone();
        drop(state);
        let jwks = Arc::clone(self);
        runtime.spawn(async move { jwks.reload(stamp).await });
        Some(receiver)
    }

    async fn reload(&self, stamp: Option<FileStamp>) {
        // Whatever happens below, the next reload may start afterwards.
        let _done = ReloadDone(self);
        let origin = self.source.origin();
        // The new keys (None: the file did not change) and the file's stamp.
        let (outcome, seen) = match &self.source {
            JwksSource::File(path) => match tokio::fs::metadata(path).await {
                Ok(metadata) if Some(FileStamp::of(&metadata)) == stamp => (Ok(None), None),
                Ok(metadata) => match load_file(path).await {
                    Ok((set, seen)) => (Ok(Some(set)), Some(seen)),
                    // A broken file is read again only once it changes:
                    // its stamp is the one taken before reading it. A
                    // stamp taken after could be a fixed file's, replaced
                    // meanwhile, which would then never be read.
                    Err(error) => (Err(error), Some(FileStamp::of(&metadata))),
                },
                Err(source) => (
                    Err(JwksError::Read {
                        path: origin.clone(),
                        source,
                    }),
                    None,
                ),
            },
            JwksSource::Url { url, client } => {
                (fetch(client, url, &self.options).await.map(Some), None)
            }
        };
        let failed = outcome.is_err();
        match outcome {
            Ok(None) => {}
            Ok(Some(set)) => {
                tracing::info!(source = %origin, keys = set.keys.len(), "JWKS reloaded");
                match self.current.write() {
                    Ok(mut guard) => *guard = Arc::new(set),
                    Err(poisoned) => *poisoned.into_inner() = Arc::new(set),
                }
            }
            Err(error) => {
                tracing::warn!(%error, "JWKS reload failed; the keys loaded before stay in use");
            }
        }
        let mut state = match self.refresh.lock() {
            Ok(state) => state,
            Err(poisoned) => poisoned.into_inner(),
        };
        if !failed {
            state.loaded_at = Instant::now();
        }
        if seen.is_some() {
            state.file_stamp = seen;
        }
        state.failing = failed;
    }
}

/// Ends a reload: clears `in_progress` and wakes the requests waiting for
/// it, even if the reload was cut short.
struct ReloadDone<'a>(&'a Jwks);

impl Drop for ReloadDone<'_> {
    fn drop(&mut self) {
        let mut state = match self.0.refresh.lock() {
            Ok(state) => state,
            Err(poisoned) => poisoned.into_inner(),
        };
        state.in_progress = false;
        drop(state);
        self.0.generation.send_modify(|n| *n = n.wrapping_add(1));
    }
}

async fn load_file(path: &Path) -> Result<(KeySet, FileStamp), JwksError> {
    let read = |source| JwksError::Read {
        path: path.display().to_string(),
        source,
    };
    let metadata = tokio::fs::metadata(path).await.map_err(read)?;
    let bytes = tokio::fs::read(path).await.map_err(read)?;
    let set = KeySet::parse(&bytes, &path.display().to_string())?;
    Ok((set, FileStamp::of(&metadata)))
}

/// Fetches and parses a JWKS (see [`get_json`] for the bounds).
async fn fetch(client: &HttpClient, url: &str, options: &JwksOptions) -> Result<KeySet, JwksError> {
    let body = get_json(client, url, options.max_bytes, options.fetch_timeout)
        .await
        .map_err(|reason| JwksError::Fetch {
            url: url.to_owned(),
            reason,
        })?;
    KeySet::parse(&body, url)
}
