//! Signing in: the host's token or `getToken()`, the framing parent's
//! `init`, or (demo server) a demo person of a demo partner.

use leptos::prelude::*;
use leptos::task::spawn_local;
use transition_domain::wire::demo::DEMO_PEOPLE;
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

/// A demo partner, one of its demo people (an index of [`DEMO_PEOPLE`])
/// and whether the token reads only (then always the first person).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoIdentity {
    pub partner_id: String,
    pub person: usize,
    pub read_only: bool,
}

impl DemoIdentity {
    /// An account admin of `partner_id`: the first demo person.
    pub fn admin(partner_id: String) -> DemoIdentity {
        DemoIdentity {
            partner_id,
            person: 0,
            read_only: false,
        }
    }

    /// Stored as `partner_id` (the first person), `partner_id:N` (the
    /// N-th) or `partner_id:ro` (read-only).
    pub fn encode(&self) -> String {
        match (self.read_only, self.person) {
            (true, _) => format!("{}:ro", self.partner_id),
            (false, 0) => self.partner_id.clone(),
            (false, n) => format!("{}:{n}", self.partner_id),
        }
    }

    /// Reads what [`DemoIdentity::encode`] wrote; a person who is not one
    /// of [`DEMO_PEOPLE`] is the first.
    pub fn decode(text: &str) -> DemoIdentity {
        if let Some(id) = text.strip_suffix(":ro") {
            return DemoIdentity {
                read_only: true,
                ..DemoIdentity::admin(id.to_owned())
            };
        }
        let person = text
            .rsplit_once(':')
            .and_then(|(id, n)| Some((id, n.parse::<usize>().ok()?)))
            .filter(|(_, n)| *n < DEMO_PEOPLE.len());
        match person {
            Some((id, person)) => DemoIdentity {
                person,
                ..DemoIdentity::admin(id.to_owned())
            },
            None => DemoIdentity::admin(text.to_owned()),
        }
    }

    /// The demo person's user id (the token's `sub`).
    pub fn user_id(&self) -> &'static str {
        let [(first, _), _] = DEMO_PEOPLE;
        DEMO_PEOPLE.get(self.person).map_or(first, |(id, _)| id)
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
                    .unwrap_or_else(|| {
                        DemoIdentity::admin(
                            partners
                                .iter()
                                .find(|p| p.partner_id == DEMO_DEFAULT_PARTNER)
                                .or(partners.first())
                                .map(|p| p.partner_id.clone())
                                .unwrap_or_default(),
                        )
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
        let api = ctx.api();
        match api
            .dev_token(&identity.partner_id, identity.user_id(), roles)
            .await
        {
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
                person: 0,
                read_only: true,
            },
            DemoIdentity::admin("5523456".into()),
            DemoIdentity {
                partner_id: "5523456".into(),
                person: 1,
                read_only: false,
            },
        ] {
            assert_eq!(DemoIdentity::decode(&identity.encode()), identity);
        }
    }

    #[test]
    fn demo_identities_name_a_demo_person() {
        assert_eq!(DemoIdentity::decode("4412345").user_id(), "demo-alex");
        assert_eq!(DemoIdentity::decode("4412345:1").user_id(), "demo-sam");
        assert_eq!(DemoIdentity::decode("4412345:ro").user_id(), "demo-alex");
        // A person who is not one: the first, of the whole text's partner.
        assert_eq!(
            DemoIdentity::decode("4412345:7"),
            DemoIdentity::admin("4412345:7".into())
        );
    }
}
