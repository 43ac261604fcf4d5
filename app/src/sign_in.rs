//! Signing in: the host's token or `getToken()`, the framing parent's
//! `init`, or (demo server) a demo partner.

use leptos::prelude::*;
use leptos::task::spawn_local;
use transition_domain::Lang;

use crate::api::DemoPartner;
use crate::config::HostConfig;
use crate::host::ParentMessage;
use crate::*;

/// Demo mode (`serve --demo`): the partners to switch between and who is
/// signed in now.
#[derive(Debug, Clone, PartialEq)]
pub struct Demo {
    pub partners: Vec<DemoPartner>,
    pub current: DemoIdentity,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoIdentity {
    pub partner_id: String,
    pub read_only: bool,
}

impl DemoIdentity {
    /// Stored as `partner_id` or `partner_id:ro`.
    pub fn encode(&self) -> String {
        if self.read_only {
            format!("{}:ro", self.partner_id)
        } else {
            self.partner_id.clone()
        }
    }

    pub fn decode(text: &str) -> DemoIdentity {
        match text.strip_suffix(":ro") {
            Some(id) => DemoIdentity {
                partner_id: id.to_owned(),
                read_only: true,
            },
            None => DemoIdentity {
                partner_id: text.to_owned(),
                read_only: false,
            },
        }
    }
}

/// The demo partner the app signs in as first.
pub const DEMO_DEFAULT_PARTNER: &str = "4412345";
const DEMO_KEY: &str = "pt-demo-identity";

/// Signs in: the host's token, else its `getToken()`, else (framed) the
/// parent's `init` message, else a demo token when the server is in
/// demo mode, else nobody.
pub(crate) fn sign_in(ctx: Ctx, config: &HostConfig) {
    if let Some(token) = config.token.clone() {
        ctx.set_token(token);
        return;
    }
    if config.get_token.is_some() {
        spawn_local(async move {
            if ctx.refresh_token().await.is_none() {
                ctx.auth.set(Auth::SignedOut);
            }
        });
        return;
    }
    if config.parent_origin.is_some() {
        // Framed: the parent's `init` brings the token.
        return;
    }
    spawn_local(async move {
        match ctx.api().dev_partners().await {
            Ok(partners) if !partners.is_empty() => {
                let saved = browser::session_get(DEMO_KEY).map(|s| DemoIdentity::decode(&s));
                let current = saved
                    .filter(|id| partners.iter().any(|p| p.partner_id == id.partner_id))
                    .unwrap_or_else(|| DemoIdentity {
                        partner_id: partners
                            .iter()
                            .find(|p| p.partner_id == DEMO_DEFAULT_PARTNER)
                            .or(partners.first())
                            .map(|p| p.partner_id.clone())
                            .unwrap_or_default(),
                        read_only: false,
                    });
                ctx.demo.set(Some(Demo {
                    partners,
                    current: current.clone(),
                }));
                switch_demo(ctx, current);
            }
            _ => ctx.auth.set(Auth::SignedOut),
        }
    });
}

/// Mints a demo token for `identity` and signs in with it.
pub fn switch_demo(ctx: Ctx, identity: DemoIdentity) {
    ctx.auth.set(Auth::Pending);
    browser::session_set(DEMO_KEY, &identity.encode());
    ctx.demo.update(|demo| {
        if let Some(demo) = demo {
            demo.current = identity.clone();
        }
    });
    spawn_local(async move {
        let roles: Vec<transition_domain::Role> = Vec::new();
        let roles = identity.read_only.then_some(roles.as_slice());
        match ctx.api().dev_token(&identity.partner_id, roles).await {
            Ok(token) => {
                ctx.token.set_value(None);
                ctx.set_token(token);
                ctx.bump();
            }
            Err(error) => ctx.auth.set(Auth::Failed(error)),
        }
    });
}

/// Framed: listens to the parent, and only to it (its exact origin, and
/// `window.parent` as the sender), until the app is unmounted; then tells
/// it the widget is ready for `init`.
pub(crate) fn listen_to_parent(ctx: Ctx, origin: String) {
    let handle = window_event_listener(leptos::ev::message, move |event| {
        match host::accept(&event, &origin) {
            Some(ParentMessage::Init {
                token,
                locale,
                theme,
                chrome,
            }) => {
                if let Some(locale) = locale {
                    ctx.lang.set(Lang::from_tag(&locale));
                }
                if !theme.is_undefined() {
                    let (dark, vars) = config::theme_of(&theme);
                    ctx.dark.set(dark);
                    ctx.theme_vars.set(vars);
                }
                if let Some(chrome) = chrome {
                    ctx.chrome.set(chrome);
                }
                match token {
                    Some(token) => ctx.set_token(token),
                    None => ctx.auth.set(Auth::SignedOut),
                }
            }
            Some(ParentMessage::Token(token)) => ctx.set_token(token),
            Some(ParentMessage::Locale(locale)) => ctx.lang.set(Lang::from_tag(&locale)),
            None => {}
        }
    });
    on_cleanup(move || handle.remove());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_identities_round_trip() {
        for identity in [
            DemoIdentity {
                partner_id: "4412345".into(),
                read_only: true,
            },
            DemoIdentity {
                partner_id: "5523456".into(),
                read_only: false,
            },
        ] {
            assert_eq!(DemoIdentity::decode(&identity.encode()), identity);
        }
    }
}
